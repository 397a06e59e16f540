import { runChecks, type CheckInput } from '../domain/checks';
import { addDays, todayString } from '../domain/dates';
import { newAction } from '../domain/kinds/action';
import { newGroup } from '../domain/kinds/group';
import { newMembership } from '../domain/kinds/membership';
import type { Action } from '../domain/kinds/action';
import type { Association } from '../domain/kinds/association';
import type { Group } from '../domain/kinds/group';
import type { Membership } from '../domain/kinds/membership';
import type { Incident } from '../domain/kinds/incident';
import type { Person } from '../domain/kinds/person';
import type { Place } from '../domain/kinds/place';
import type { PlaceLink } from '../domain/kinds/placeLink';
import type { TableName } from '../domain/kinds';
import { generateBoard } from './seedBoard';

const SCHOOLS = [
  'Harrowfield Academy',
  'Millbeck Learning Centre',
  'Kestrel Vale School',
  'Harrowfield College',
];
const PRACTITIONERS = [
  'Dana Whitlock',
  'Grace Okafor',
  'Sam Prideaux',
  'Imran Qureshi',
  'Beth Langridge',
];
const AGENCIES = ['Youth offending service', "Children's social care", 'Early help', 'Education'];
const INDICATORS = ['missing', 'injury', 'sexual-health', 'exclusion', 'money-gifts', 'substance'];

/**
 * The benchmark's generated board (the same generator as `seedBoard`, with places and incidents),
 * filled in with what the checks read and the generator leaves blank: schools, lead practitioners,
 * dated indicators, peer groups of ten, and actions for people and places, so that every rule has
 * work to do. Deterministic.
 */
export function checksBenchInput(seed: number, people: number): CheckInput {
  const { board, records } = generateBoard(seed, people, 3 * people, {
    places: Math.round(people / 10),
    incidents: people,
  });
  const of = <R>(table: TableName) =>
    records.filter((r) => r.table === table).map((r) => r.record as R);
  const today = todayString();
  const everyone = of<Person>('people').map((p, i) => ({
    ...p,
    school: SCHOOLS[i % SCHOOLS.length]!,
    leadPractitioner: PRACTITIONERS[i % PRACTITIONERS.length]!,
    leadAgency: AGENCIES[i % AGENCIES.length]!,
    indicators: [0, 1, 2].slice(0, i % 4).map((n) => ({
      id: `${p.id}-i${n}`,
      kind: INDICATORS[(i + n) % INDICATORS.length]!,
      date: addDays(today, -30 * (n + 1)),
      note: '',
    })),
  }));
  const groups: Group[] = [];
  const memberships: Membership[] = [];
  for (let g = 0; g * 10 < everyone.length; g++) {
    const id = `${board.id}-g${g}`;
    groups.push(newGroup(id, board.id, { name: `Group ${g}`, colour: '#1f77b4' }));
    for (const p of everyone.slice(g * 10, g * 10 + 10))
      memberships.push(newMembership(`${id}-${p.id}`, board.id, id, p.id));
  }
  const places = of<Place>('places');
  const actions: Action[] = [
    ...everyone
      .filter((_, i) => i % 5 === 0)
      .map((p, i) =>
        newAction(`${p.id}-act`, board.id, {
          targetKind: 'person',
          targetId: p.id,
          description: i % 2 ? 'Parenting support' : 'Mentoring',
          agency: AGENCIES[i % AGENCIES.length]!,
          dueDate: addDays(today, 30),
          context: i % 2 ? 'home' : 'peer',
        }),
      ),
    ...places
      .filter((_, i) => i % 2 === 0)
      .map((pl, i) =>
        newAction(`${pl.id}-act`, board.id, {
          targetKind: 'place',
          targetId: pl.id,
          description: 'Patrols',
          agency: i % 3 ? 'Housing' : 'Police',
          dueDate: addDays(today, 30),
        }),
      ),
  ];
  const associations = of<Association>('associations').map((a, i) => ({
    ...a,
    reviewDate: addDays(today, (i % 7) - 3),
  }));
  // Names are looked up as the app does, through a map of the board's people.
  const names = new Map(everyone.map((p) => [p.id, p.displayName]));
  return {
    board,
    people: everyone,
    associations,
    groups,
    memberships,
    places,
    placeLinks: of<PlaceLink>('placeLinks'),
    incidents: of<Incident>('incidents'),
    actions,
    today,
    nameOf: (ref) => names.get(ref.id) ?? ref.id,
  };
}

/** Runs every check `runs` times on the benchmark board; the median time and how many findings. */
export function timeChecks(
  seed: number,
  people: number,
  runs: number,
): { ms: number; findings: number } {
  const input = checksBenchInput(seed, people);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    findings = runChecks(input).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, findings };
}
