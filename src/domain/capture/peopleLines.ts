import type { AssociationKind, Confidence, GroupRole } from '../vocabulary';
import { nameThenTail, notUnderstood, readTail, slot, splitList, wordsOf } from './lineParts';
import { NameProblem, type NameBook } from './names';
import type { CaptureRecord } from './plan';
import { agencyWords, associationWords, confidenceWords, groupRoleWords, norm } from './words';

/** An agency as typed: a known name or abbreviation becomes the vocabulary's name. */
export function agencyOf(text: string): string {
  return agencyWords.get(norm(text)) ?? text.trim();
}

/** "Leon Price, YOS, A. Khan": a person with their lead agency and practitioner. */
export function readPerson(text: string, book: NameBook): CaptureRecord {
  const [name = '', agency = '', practitioner = '', ...extra] = text.split(/\s*,\s*/);
  if (extra.length > 0) notUnderstood(extra);
  if (agency && book.peopleCalled(agency).length > 0)
    throw new NameProblem(
      `“${name}, ${agency}” names two people: say how they are linked (“${name} - ${agency} friends”) or where they go (“${name}, ${agency} frequent …”)`,
      [],
    );
  const leadAgency = agency ? agencyOf(agency) : '';
  const found = book.peopleCalled(name);
  if (found.length === 1 && found[0]) {
    if (!agency)
      throw new NameProblem(
        `${found[0].displayName} is already on the board: add their agency and practitioner after commas`,
        [],
      );
    return {
      kind: 'person',
      existing: { id: found[0].id, name: found[0].displayName },
      leadAgency,
      leadPractitioner: practitioner,
    };
  }
  const added = book.person(name);
  const entry = book.newPeople.find((p) => p.ref === added.ref)!;
  entry.leadAgency = leadAgency;
  entry.leadPractitioner = practitioner;
  return { kind: 'person', existing: null, leadAgency, leadPractitioner: practitioner };
}

// With spaces around, so "Ade-Smith" and "<b>" stay names.
const ARROWS = /\s+(->|<-|>|<|→|←|-|–|—)\s+/;
const ONE_WAY = new Set(['->', '>', '→']);
const OTHER_WAY = new Set(['<-', '<', '←']);

/** Whether a line has an association's arrow: ">" one way, "<" the other, " - " both ways. */
export const hasArrow = (text: string) => ARROWS.test(text);

/**
 * "Leon > Kira exploitation reported police", "Leon - Jay, Sami friends": every name on the left
 * with every name on the right, of one kind, with its confidence and source.
 */
export function readAssociations(text: string, book: NameBook): CaptureRecord {
  const m = ARROWS.exec(text)!;
  const arrow = m[1]!;
  const left = text.slice(0, m.index);
  const right = text.slice(m.index + m[0].length);
  if (ARROWS.test(right))
    throw new NameProblem('One arrow per line: write each direction on its own line', [
      (ARROWS.exec(right)![0] ?? '').trim(),
    ]);
  let kind: AssociationKind | null = null;
  let confidence: Confidence | null = null;
  let sourceAgency = '';
  const slots = [
    slot(associationWords, (v) => (kind = v)),
    slot(confidenceWords, (v) => (confidence = v)),
    slot(agencyWords, (v) => (sourceAgency = v)),
  ];
  const items = splitList(right);
  const last = nameThenTail(items.pop() ?? '', book, slots);
  const lastKnown = book.knows(last.name);
  const leftPeople = splitList(left).map((n) => book.person(n));
  const rightPeople = [...items, last.name].map((n) => book.person(n));
  const unknown = readTail(last.tail, slots);
  if (unknown.length > 0) notUnderstood(unknown);
  if (leftPeople.length === 0 || rightPeople.length === 0 || !last.name)
    throw new NameProblem('Name someone on each side of the arrow', []);
  if (kind === null) {
    const extra = wordsOf(last.name).slice(1);
    throw new NameProblem(
      'Say what kind of association: friends, family, exploitation, violence, bullying…',
      lastKnown ? [] : extra,
    );
  }
  const pairs = leftPeople.flatMap((l) =>
    rightPeople
      .filter((r) => r.ref !== l.ref)
      .map((r) => (OTHER_WAY.has(arrow) ? { from: r, to: l } : { from: l, to: r })),
  );
  if (pairs.length === 0) throw new NameProblem('A person cannot be associated with themself', []);
  // An arrow says one way, a dash both ways, whatever the kind's usual direction.
  const directed = ONE_WAY.has(arrow) || OTHER_WAY.has(arrow);
  return { kind: 'associations', pairs, associationKind: kind, directed, confidence, sourceAgency };
}

/** "group Northside: Leon leader, Jay, Sami peripheral": a group (new or not) and its members' roles. */
export function readGroup(text: string, book: NameBook): CaptureRecord {
  const colon = text.indexOf(':');
  const name = (colon < 0 ? text : text.slice(0, colon)).trim();
  if (!name) throw new NameProblem('Name the group: group Northside: Leon leader, Jay', []);
  const found = book.groupCalled(name);
  const members = splitList(colon < 0 ? '' : text.slice(colon + 1)).map((item) => {
    let role: GroupRole = 'not-known';
    const slots = [slot(groupRoleWords, (v) => (role = v))];
    const { name: who, tail } = nameThenTail(item, book, slots);
    const unknown = readTail(tail, slots);
    if (unknown.length > 0) notUnderstood(unknown);
    return { who: book.person(who), role };
  });
  return {
    kind: 'group',
    existing: found[0] ? { id: found[0].id } : null,
    name: found[0]?.name ?? name,
    members,
  };
}
