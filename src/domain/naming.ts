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

type Dated = Named & Pick<Person, 'id' | 'createdAt'>;

/**
 * The shown names of a board's people, told apart where two or more would look the same while
 * names are hidden (two "MB"s on a projector are two different young people). The person recorded
 * first keeps the plain initials; the others get " (2)", " (3)"… in the order they were recorded
 * (creation time, then id), so the labels survive reloads and edits, and adding someone new never
 * relabels anyone already on screen. Under the full-name policy names are shown as typed.
 */
export function distinctNames(people: readonly Dated[], policy: NamePolicy): Map<string, string> {
  const out = new Map<string, string>();
  if (!hidesNames(policy)) {
    for (const p of people) out.set(p.id, shownName(p, policy));
    return out;
  }
  const byName = new Map<string, Dated[]>();
  for (const p of people) {
    const name = shownName(p, policy);
    const same = byName.get(name);
    if (same) same.push(p);
    else byName.set(name, [p]);
  }
  for (const [name, same] of byName) {
    if (same.length > 1)
      same.sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
      );
    same.forEach((p, i) => out.set(p.id, i === 0 ? name : `${name} (${i + 1})`));
  }
  return out;
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
export function nameMasker<P extends Named>(
  people: readonly P[],
  policy: NamePolicy,
  /** The name each person is shown by (told apart from others: see distinctNames). */
  safeName: (person: P) => string = (p) => shownName(p, policy),
): (text: string) => string {
  if (!hidesNames(policy)) return (text) => text;
  // Built on first use: turning presenter-safe on makes a masker for the whole board, and most
  // texts it will ever mask (a message, an undo label) come later, if at all.
  let compiled: ((text: string) => string) | null = null;
  return (text) => {
    if (!text) return text;
    compiled ??= compileMasker(people, safeName);
    return compiled(text);
  };
}

function compileMasker<P extends Named>(
  people: readonly P[],
  safeName: (person: P) => string,
): (text: string) => string {
  const whole = new Map<string, string>();
  const parts = new Map<string, string>();
  for (const p of people) {
    const safe = safeName(p);
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
    let out = text;
    if (wholeRe) out = out.replace(wholeRe, (m) => whole.get(m.toLowerCase()) ?? m);
    if (partsRe) out = out.replace(partsRe, (m) => parts.get(m) ?? m);
    return out;
  };
}
