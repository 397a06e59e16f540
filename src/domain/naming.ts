import { initialsOf } from './kinds/person';
import type { Person } from './kinds/person';
import type { NamePolicy } from './vocabulary';

type Named = Pick<Person, 'displayName' | 'fullName' | 'initials' | 'pseudonym'>;

/**
 * The name policy in force. Presenter-safe mode never shows a full name: it keeps a pseudonym
 * policy and otherwise falls back to initials.
 */
export function effectivePolicy(boardPolicy: NamePolicy, presenterSafe: boolean): NamePolicy {
  if (!presenterSafe) return boardPolicy;
  return boardPolicy === 'pseudonym' ? 'pseudonym' : 'initials';
}

/** Initials as recorded, else worked out from the name shown; never empty. */
function safeInitials(person: Named): string {
  return person.initials.trim() || initialsOf(person.displayName) || '?';
}

/**
 * The name to put on screen (and in exports) for a person under a policy. A missing pseudonym
 * falls back to initials, never to the full name, so turning a policy on can only hide more.
 */
export function shownName(person: Named, policy: NamePolicy): string {
  switch (policy) {
    case 'full':
      return person.displayName;
    case 'initials':
      return safeInitials(person);
    case 'pseudonym':
      return person.pseudonym.trim() || safeInitials(person);
  }
}

/** Whether names other than the shown one must be kept off screen under this policy. */
export const hidesNames = (policy: NamePolicy) => policy !== 'full';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const WORD = /^\p{Lu}[\p{L}'’-]{2,}$/u;
const bounded = (alternatives: string, flags: string) =>
  // Whole words only: "Jay" is not replaced inside "Jayden".
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);

/**
 * Replaces every name form of these people in a piece of text (an undo label, a message, a note)
 * with the name the policy allows. Whole names go first, in any case, longest first; then single
 * capitalised parts of names ("Jordan" alone), matched case-sensitively so that "will" is not
 * taken for Will. A part shared by two people becomes "[name]", never the wrong person's initials.
 * Text is returned unchanged under the full-name policy.
 */
export function maskNames(text: string, people: readonly Named[], policy: NamePolicy): string {
  return nameMasker(people, policy)(text);
}

/**
 * The same replacement as a reusable function: the patterns are built once, which matters on a
 * board of thousands where every message and undo label is masked.
 */
export function nameMasker(people: readonly Named[], policy: NamePolicy): (text: string) => string {
  if (!hidesNames(policy)) return (text) => text;
  const whole = new Map<string, string>();
  const parts = new Map<string, string>();
  for (const p of people) {
    const safe = shownName(p, policy);
    for (const form of [p.displayName, p.fullName]) {
      const f = form.trim();
      if (f.length > 1 && f !== safe) whole.set(f.toLowerCase(), safe);
      for (const raw of f.split(/\s+/)) {
        const word = raw.replace(/^["'“‘(]+|["'”’),.]+$/g, '');
        if (!WORD.test(word) || word === safe) continue;
        const before = parts.get(word);
        parts.set(word, before === undefined || before === safe ? safe : '[name]');
      }
    }
  }
  const longestFirst = (m: Map<string, string>) =>
    [...m.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
  const wholeRe = whole.size > 0 ? bounded(longestFirst(whole), 'giu') : null;
  const partsRe = parts.size > 0 ? bounded(longestFirst(parts), 'gu') : null;
  return (text) => {
    if (!text) return text;
    let out = text;
    if (wholeRe) out = out.replace(wholeRe, (m) => whole.get(m.toLowerCase()) ?? m);
    if (partsRe) out = out.replace(partsRe, (m) => parts.get(m) ?? m);
    return out;
  };
}
