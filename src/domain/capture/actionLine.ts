import { wordsOf, splitList } from './lineParts';
import { NameProblem, type NameBook } from './names';
import { agencyOf } from './peopleLines';
import type { ActionTarget, CaptureRecord } from './plan';
import { readUkDate } from './ukDates';

const EXAMPLE = 'action Housing: stairwell lighting at Marlow House by 15 Jan';

/** What a description is about: the record named after its last "for", "at", "with" or "on". */
function targetOf(description: string, book: NameBook): ActionTarget {
  const words = wordsOf(description);
  for (let i = 1; i < words.length - 1; i++) {
    if (!/^(for|at|with|on|about)$/i.test(words[i]!)) continue;
    const name = words.slice(i + 1).join(' ');
    const people = book.peopleCalled(name);
    const groups = book.groupCalled(name);
    const exactPlaces = book.placeCalled(name, true);
    // A place's first word only when nothing on the board has that very name.
    const places =
      people.length + groups.length + exactPlaces.length > 0 ? exactPlaces : book.placeCalled(name);
    const total = people.length + groups.length + places.length;
    if (total > 1)
      throw new NameProblem(`“${name}” names more than one record: type more of the name`, [name]);
    if (people[0]) return { kind: 'person', ref: people[0].id, name: people[0].displayName };
    if (groups[0]) return { kind: 'group', ref: groups[0].id, name: groups[0].name };
    if (places[0]) return { kind: 'place', ref: places[0].id, name: places[0].name };
  }
  return { kind: 'board', ref: '', name: 'the whole board' };
}

/**
 * "action Police, YOS: joint visit for Leon by 20 Jan": the first agency owns the action, the
 * others are partners; it is aimed at the person, group or place the description ends with, or
 * at the whole board.
 */
export function readAction(text: string, book: NameBook, today: string): CaptureRecord {
  const colon = text.indexOf(':');
  if (colon < 0)
    throw new NameProblem(
      `Put the agencies first, then a colon: ${EXAMPLE}`,
      wordsOf(text).slice(0, 1),
    );
  const agencies = splitList(text.slice(0, colon)).map(agencyOf);
  const [agency, ...partners] = agencies;
  if (!agency) throw new NameProblem(`Say which agency owns it: ${EXAMPLE}`, []);
  const rest = text.slice(colon + 1).trim();
  const words = wordsOf(rest);
  for (let i = words.length - 2; i >= 1; i--) {
    if (!/^by$/i.test(words[i]!)) continue;
    const said = words.slice(i + 1).join(' ');
    const due = readUkDate(said, today, 'future');
    if (!due) continue;
    if ('problem' in due) throw new NameProblem(due.problem, [said]);
    if (due.date < today)
      throw new NameProblem(`“${said}” has passed: give a due date from today on`, [said]);
    const description = words.slice(0, i).join(' ');
    return {
      kind: 'action',
      agency,
      partners: partners.filter((p, n) => p !== agency && partners.indexOf(p) === n),
      description,
      target: targetOf(description, book),
      dueDate: due.date,
    };
  }
  throw new NameProblem(`Say when it is due, at the end: ${EXAMPLE}`, []);
}
