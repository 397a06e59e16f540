import type {
  Confidence,
  HarmKind,
  IncidentRole,
  PlaceKind,
  PlaceLinkKind,
  RiskLevel,
} from '../vocabulary';
import { nameThenTail, notUnderstood, readTail, slot, splitList, wordsOf } from './lineParts';
import { NameProblem, type NameBook } from './names';
import type { CaptureRecord, Subject } from './plan';
import { readTime, readUkDate } from './ukDates';
import {
  agencyWords,
  confidenceWords,
  harmWords,
  incidentRoleWords,
  norm,
  phraseAt,
  placeKindWords,
  placeLinkWords,
  riskWords,
} from './words';

/** The longest phrase of `table` that ends at `words[end - 1]`. */
function phraseEndingAt<V>(words: readonly string[], end: number, table: ReadonlyMap<string, V>) {
  for (let length = Math.min(4, end); length >= 1; length--) {
    const value = table.get(norm(words.slice(end - length, end).join(' ')));
    if (value !== undefined) return { value, length };
  }
  return null;
}

/**
 * "place Marlow House stairwell high risk": the kind and risk are read from the end; the rest is
 * the name. A kind written with a capital stays in the name too ("Northside Park" is a park called
 * Northside Park), so a name is never cut short.
 */
export function readPlace(text: string, book: NameBook): CaptureRecord {
  const words = wordsOf(text.replace(/,/g, ' '));
  let placeKind: PlaceKind = 'other';
  let riskLevel: RiskLevel = 'not-assessed';
  let [kindSet, riskSet] = [false, false];
  let end = words.length;
  while (end > 1) {
    const risk = riskSet ? null : phraseEndingAt(words, end, riskWords);
    if (risk) {
      riskLevel = risk.value;
      riskSet = true;
      end -= risk.length;
      continue;
    }
    if (norm(words[end - 1]!) === 'risk') {
      end -= 1;
      continue;
    }
    const kind = kindSet ? null : phraseEndingAt(words, end, placeKindWords);
    if (!kind) break;
    placeKind = kind.value;
    kindSet = true;
    const first = words[end - kind.length]!;
    if (first[0] !== first[0]?.toLowerCase()) break;
    end -= kind.length;
  }
  const name = words.slice(0, end).join(' ');
  if (!name) throw new NameProblem('Name the place: place Marlow House stairwell high risk', []);
  if (book.placeCalled(name, true).length > 0)
    throw new NameProblem(`There is already a place called “${name}”`, [name]);
  return { kind: 'place', name, placeKind, riskLevel };
}

/** Where a place link's verb is, with the known place after it: null when the line has none. */
export function findPlaceLink(
  text: string,
  book: NameBook,
): { subjects: string; linkKind: PlaceLinkKind; rest: string[] } | null {
  const words = wordsOf(text);
  for (let i = 1; i < words.length - 1; i++) {
    const verb = phraseAt(words, i, placeLinkWords);
    if (!verb) continue;
    const rest = words.slice(i + verb.length);
    if (book.knownPrefix(rest, (t) => book.placeCalled(t).length > 0) === 0) continue;
    return { subjects: words.slice(0, i).join(' '), linkKind: verb.value, rest };
  }
  return null;
}

/** "Leon, Jay frequent Marlow House": people or groups linked to a place. */
export function readPlaceLinks(
  found: { subjects: string; linkKind: PlaceLinkKind; rest: string[] },
  book: NameBook,
): CaptureRecord {
  const placeWords = book.knownPrefix(found.rest, (t) => book.placeCalled(t).length > 0);
  const place = book.place(found.rest.slice(0, placeWords).join(' '));
  let confidence: Confidence | null = null;
  let source = '';
  const unknown = readTail(found.rest.slice(placeWords), [
    slot(confidenceWords, (v) => (confidence = v)),
    slot(agencyWords, (v) => (source = v)),
  ]);
  if (unknown.length > 0) notUnderstood(unknown);
  const subjects = splitList(found.subjects).map((name): Subject => {
    const group = book.groupCalled(name);
    const people = book.peopleCalled(name);
    if (group.length > 0 && people.length > 0)
      throw new NameProblem(`“${name}” is both a group and a person: type more of the name`, [
        name,
      ]);
    if (group[0]) return { kind: 'group', id: group[0].id, name: group[0].name };
    return { kind: 'person', who: book.person(name) };
  });
  if (subjects.length === 0) throw new NameProblem('Say who goes there', []);
  return { kind: 'placeLinks', subjects, place, linkKind: found.linkKind, confidence, source };
}

/** The date and time of an incident: "3 Dec 21:30", "21:30 3 Dec", "yesterday 9pm". */
function readWhen(text: string, today: string): string {
  const words = wordsOf(text);
  if (words.length === 0)
    throw new NameProblem('Say when: incident 3 Dec 21:30 at Marlow House: robbery, Leon', []);
  let time = '00:00';
  let dateWords = words;
  for (const [at, rest] of [
    [words.length - 1, words.slice(0, -1)],
    [0, words.slice(1)],
  ] as const) {
    const read = readTime(words[at]!);
    if (read && 'problem' in read) throw new NameProblem(read.problem, [words[at]!]);
    if (read) {
      time = read.time;
      dateWords = rest;
      break;
    }
  }
  const date = readUkDate(dateWords.join(' '), today, 'past');
  if (!date) notUnderstood(dateWords);
  if ('problem' in date) throw new NameProblem(date.problem, dateWords);
  if (date.date > today)
    throw new NameProblem(
      `An incident cannot be in the future (${dateWords.join(' ')})`,
      dateWords,
    );
  return `${date.date}T${time}`;
}

/**
 * "incident 3 Dec 21:30 at Marlow House: robbery, Leon harmed, Jay": when, where, what harm and
 * who was involved (present unless a role follows the name).
 */
export function readIncident(text: string, book: NameBook, today: string): CaptureRecord {
  const m = /^(.*?)\s*\bat\s+(.+?)\s*:\s*(.*)$/i.exec(text);
  if (!m)
    throw new NameProblem(
      'Say when, where and what: incident 3 Dec 21:30 at Marlow House: robbery, Leon, Jay',
      [],
    );
  const occurredAt = readWhen(m[1]!, today);
  const place = book.place(m[2]!);
  const harms: HarmKind[] = [];
  const involved: { who: { ref: string; name: string }; role: IncidentRole }[] = [];
  const maybeTypos: string[] = [];
  for (const item of splitList(m[3]!)) {
    const words = wordsOf(item);
    const harm = phraseAt(words, 0, harmWords);
    if (harm && harm.length === words.length) {
      if (!harms.includes(harm.value)) harms.push(harm.value);
      continue;
    }
    let role: IncidentRole = 'present';
    const slots = [slot(incidentRoleWords, (v) => (role = v))];
    const { name, tail } = nameThenTail(item, book, slots);
    const unknown = readTail(tail, slots);
    if (unknown.length > 0) notUnderstood(unknown);
    if (!book.knows(name)) maybeTypos.push(name);
    const who = book.person(name);
    if (!involved.some((i) => i.who.ref === who.ref)) involved.push({ who, role });
  }
  if (harms.length === 0)
    throw new NameProblem(
      'Say what happened: robbery, assault, exploitation, bullying, online…',
      maybeTypos,
    );
  return { kind: 'incident', occurredAt, place, harmKinds: harms, involved };
}
