import { newAssociation } from '../domain/kinds/association';
import { newBoard } from '../domain/kinds/board';
import { newPerson } from '../domain/kinds/person';
import { newPosition } from '../domain/kinds/position';
import { addDays, todayString } from '../domain/dates';
import type { Board } from '../domain/kinds/board';
import type { AnyRecord, TableName } from '../domain/kinds';
import { generateMapRecords, type MapSeed } from './seedMap';
import { seededRandom } from '../domain/analysis/seededRandom';
import { associationKinds, confidences, riskLevels, personKinds } from '../domain/vocabulary';

// The same deterministic source as the analysis, so benchmark boards are identical run to run.
const rng = seededRandom;

const FIRST = [
  'Ayo',
  'Bea',
  'Cal',
  'Dani',
  'Eli',
  'Fern',
  'Gus',
  'Hana',
  'Idris',
  'Jude',
  'Kit',
  'Lola',
  'Milo',
  'Nell',
  'Omar',
  'Pip',
];
const LAST = [
  'Ashby',
  'Brook',
  'Carrow',
  'Dunmore',
  'Elston',
  'Fairley',
  'Garth',
  'Holm',
  'Ingle',
  'Jessop',
];

/**
 * A fictional board of `people` people and `associations` associations, laid out on a loose grid,
 * for benchmarks and tests. Same seed, same board (ids included). With `map`, also places and
 * incidents around the training town (a board of its own: its id and title say so).
 */
export function generateBoard(
  seed: number,
  people: number,
  associations: number,
  map?: MapSeed,
): { board: Board; records: { table: TableName; record: AnyRecord }[] } {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const boardId = `bench-${seed}-${people}${map ? `-map-${map.places}-${map.incidents}` : ''}`;
  const board = newBoard(boardId, {
    title: map
      ? `Benchmark board: ${people.toLocaleString('en-GB')} people, ${map.places.toLocaleString('en-GB')} places, ${map.incidents.toLocaleString('en-GB')} incidents (fictional)`
      : `Benchmark board: ${people.toLocaleString('en-GB')} people (fictional)`,
    purpose: 'Generated fictional data for measuring performance.',
    owner: 'Benchmark',
    reviewDate: addDays(todayString(), 90),
  });
  const records: { table: TableName; record: AnyRecord }[] = [];
  const cols = Math.ceil(Math.sqrt(people));
  for (let i = 0; i < people; i++) {
    const id = `${boardId}-p${i}`;
    const name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
    records.push({
      table: 'people',
      record: newPerson(id, boardId, {
        displayName: name,
        kind: rand() < 0.9 ? 'young-person' : pick(personKinds).key,
        riskLevel: pick(riskLevels).key,
      }),
    });
    const x = (i % cols) * 130 + Math.round(rand() * 40);
    const y = Math.floor(i / cols) * 130 + Math.round(rand() * 40);
    records.push({ table: 'positions', record: newPosition(boardId, id, x, y) });
  }
  const seen = new Set<string>();
  // A board with a map also dates its associations (nine in ten, within the incidents' year), for
  // the time bar; from a source of its own, so the rest of the board is as it always was.
  const dating = map ? rng(seed * 104_729 + 3) : null;
  const today = todayString();
  const reported = () => {
    if (!dating || dating() < 0.1) return {};
    const first = addDays(today, -1 - Math.floor(dating() * 365));
    const last = addDays(first, Math.floor(dating() * 60));
    return { firstReported: first, lastReported: last < today ? last : today };
  };
  let made = 0;
  while (made < associations) {
    // Mostly local links (near neighbours on the grid), as real peer networks are clustered.
    const a = Math.floor(rand() * people);
    const b =
      rand() < 0.8
        ? Math.min(people - 1, Math.max(0, a + Math.floor((rand() - 0.5) * cols * 2)))
        : Math.floor(rand() * people);
    if (a === b) continue;
    const kind = pick(associationKinds).key;
    const key = `${Math.min(a, b)}-${Math.max(a, b)}-${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const id = `${boardId}-a${made}`;
    records.push({
      table: 'associations',
      record: newAssociation(id, boardId, {
        fromId: `${boardId}-p${a}`,
        toId: `${boardId}-p${b}`,
        kind,
        confidence: pick(confidences).key,
        ...reported(),
      }),
    });
    made++;
  }
  if (map) records.push(...generateMapRecords(rng(seed * 7919 + 17), boardId, people, map));
  return { board, records };
}
