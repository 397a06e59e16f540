import { occurredAtProblem } from '../../incidentRules';
import { validateRecord } from '../../kinds';
import { newPerson, type Person } from '../../kinds/person';
import type { IncidentRole } from '../../vocabulary';
import { nameKey, personFinder, placeFinder, type BoardIndex } from './boardIndex';
import { INVOLVED, type ImportKind } from './targets';

/** The values read from one row's cells, by target key, with the column each came from. */
export type Cells = ReadonlyMap<string, { value: unknown; column: string }>;

/** A problem with a row, found while putting its record together. */
export interface CellProblem {
  /** The target whose column is at fault (its heading goes in the message), or null. */
  target: string | null;
  reason: string;
}

export type Assembled =
  | {
      /** What the kind's `create` is given. */
      fields: Record<string, unknown>;
      /** The record's fields the row gave, which a merge writes over the record on the board. */
      given: string[];
      /** The row gives a date but no time (incidents): it is recorded at 00:00. */
      noTime?: boolean;
    }
  | { problems: CellProblem[] };

export interface AssembleContext {
  index: BoardIndex;
  /** Associations: add anyone named who is not on the board, instead of leaving the row out. */
  addMissingPeople: boolean;
  /** People added so far for that, by name (shared between rows that name the same person). */
  newPeople: Map<string, Person>;
  newId: () => string;
  now: Date;
  /** `now` as an incident's local date and time, worked out once for every row. */
  nowText: string;
}

const has = (cells: Cells, key: string) => cells.has(key);
const value = <T>(cells: Cells, key: string) => cells.get(key)?.value as T | undefined;

/** The record fields the cells give directly, for the targets that are fields of the kind. */
function plainFields(cells: Cells, skip: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, cell] of cells) if (!skip.includes(key)) out[key] = cell.value;
  return out;
}

function assemblePerson(cells: Cells): Assembled {
  const fields = plainFields(cells, []);
  // A file with only a full name: that is the name shown, too.
  if (!has(cells, 'displayName') && typeof fields.fullName === 'string')
    fields.displayName = fields.fullName;
  if (fields.displayName === undefined)
    return { problems: [{ target: 'displayName', reason: 'no name is given' }] };
  return { fields, given: Object.keys(fields) };
}

function assemblePlace(cells: Cells): Assembled {
  const fields = plainFields(cells, ['latitude', 'longitude']);
  const lat = value<number>(cells, 'latitude');
  const lng = value<number>(cells, 'longitude');
  if ((lat === undefined) !== (lng === undefined))
    return {
      problems: [
        {
          target: lat === undefined ? 'latitude' : 'longitude',
          reason: `a ${lat === undefined ? 'longitude' : 'latitude'} is given without a ${lat === undefined ? 'latitude' : 'longitude'}`,
        },
      ],
    };
  // Without a latitude and longitude the place is listed, not drawn (as an online space is).
  fields.geometry =
    lat !== undefined && lng !== undefined ? { type: 'Point', coordinates: [lng, lat] } : null;
  if (fields.name === undefined)
    return { problems: [{ target: 'name', reason: 'no place name is given' }] };
  fields.kind ??= 'other';
  const given = Object.keys(fields).filter((k) => k !== 'geometry' || lat !== undefined);
  return { fields, given };
}

/** Finds a person an association or incident names, or adds them when the user asked to. */
function personFor(
  text: string,
  find: ReturnType<typeof personFinder>,
  ctx: AssembleContext,
  mayAdd: boolean,
): { id: string } | { problem: string } {
  const found = find(text);
  if ('id' in found || !mayAdd || found.ambiguous) return found;
  const key = nameKey(text);
  let person = ctx.newPeople.get(key);
  if (!person) {
    const checked = validateRecord(
      'people',
      newPerson(ctx.newId(), ctx.index.boardId, { displayName: text.trim() }),
    );
    if (!checked.ok) return { problem: checked.problems[0]!.message };
    person = checked.value;
    ctx.newPeople.set(key, person);
  }
  return { id: person.id };
}

function assembleAssociation(
  cells: Cells,
  ctx: AssembleContext,
  find: ReturnType<typeof personFinder>,
): Assembled {
  const problems: CellProblem[] = [];
  const ends: Record<'from' | 'to', string | null> = { from: null, to: null };
  for (const end of ['from', 'to'] as const) {
    const text = value<string>(cells, end);
    if (text === undefined) {
      problems.push({
        target: end,
        reason: `no one is named ${end === 'from' ? 'in From' : 'in To'}`,
      });
      continue;
    }
    const found = personFor(text, find, ctx, ctx.addMissingPeople);
    if ('id' in found) ends[end] = found.id;
    else problems.push({ target: end, reason: found.problem });
  }
  if (!has(cells, 'kind'))
    problems.push({ target: 'kind', reason: 'no kind of association is given' });
  if (problems.length) return { problems };
  const fields = { ...plainFields(cells, ['from', 'to']), fromId: ends.from, toId: ends.to };
  return { fields, given: Object.keys(fields).filter((k) => k !== 'fromId' && k !== 'toId') };
}

function assembleIncident(
  cells: Cells,
  ctx: AssembleContext,
  findPerson: ReturnType<typeof personFinder>,
  findPlace: ReturnType<typeof placeFinder>,
): Assembled {
  const problems: CellProblem[] = [];
  const fields = plainFields(cells, ['occurredAt', 'time', 'place', 'latitude', 'longitude']);
  for (const key of Object.keys(fields)) if (key.startsWith(INVOLVED)) delete fields[key];

  const when = value<{ value: string; timeGiven: boolean }>(cells, 'occurredAt');
  const time = value<string>(cells, 'time');
  let noTime = false;
  if (!when) problems.push({ target: 'occurredAt', reason: 'no date is given' });
  else {
    fields.occurredAt = !when.timeGiven && time ? `${when.value.slice(0, 10)}T${time}` : when.value;
    noTime = !when.timeGiven && !time;
    // The date and time are real (readDateTime); only "not in the future" is left to check.
    if ((fields.occurredAt as string) > ctx.nowText) {
      const future = occurredAtProblem(fields.occurredAt as string, ctx.now);
      if (future) problems.push({ target: 'occurredAt', reason: future });
    }
  }
  if (!has(cells, 'harmKinds'))
    problems.push({ target: 'harmKinds', reason: 'no kind of harm is given' });

  const placeText = value<string>(cells, 'place');
  const lat = value<number>(cells, 'latitude');
  const lng = value<number>(cells, 'longitude');
  const point = lat !== undefined && lng !== undefined ? [lng, lat] : null;
  if ((lat === undefined) !== (lng === undefined))
    problems.push({
      target: lat === undefined ? 'longitude' : 'latitude',
      reason: 'a latitude and a longitude go together: one is given without the other',
    });
  fields.placeId = null;
  fields.point = null;
  if (placeText !== undefined) {
    const found = findPlace(placeText);
    if ('id' in found) fields.placeId = found.id;
    else if (point) fields.point = point;
    else problems.push({ target: 'place', reason: found.problem });
  } else if (point) fields.point = point;
  else if (lat === undefined && lng === undefined)
    problems.push({ target: 'place', reason: 'no place, and no latitude and longitude, is given' });

  const involved: { personId: string; role: IncidentRole }[] = [];
  for (const [key, cell] of cells) {
    if (!key.startsWith(INVOLVED)) continue;
    const role = key.slice(INVOLVED.length) as IncidentRole;
    for (const name of cell.value as string[]) {
      const found = personFor(name, findPerson, ctx, false);
      if (!('id' in found)) problems.push({ target: key, reason: found.problem });
      // Someone named under two roles keeps the first.
      else if (!involved.some((i) => i.personId === found.id))
        involved.push({ personId: found.id, role });
    }
  }
  fields.involved = involved;
  if (problems.length) return { problems };
  const given = Object.keys(fields).filter(
    (k) => (k !== 'involved' || involved.length > 0) && (k !== 'point' || point !== null),
  );
  return { fields, given, noTime };
}

/** Puts one row's values together as what the kind's `create` is given, or says what is wrong. */
export function assembler(kind: ImportKind, ctx: AssembleContext): (cells: Cells) => Assembled {
  switch (kind) {
    case 'people':
      return assemblePerson;
    case 'places':
      return assemblePlace;
    case 'associations': {
      const find = personFinder(ctx.index);
      return (cells) => assembleAssociation(cells, ctx, find);
    }
    case 'incidents': {
      const findPerson = personFinder(ctx.index);
      const findPlace = placeFinder(ctx.index);
      return (cells) => assembleIncident(cells, ctx, findPerson, findPlace);
    }
  }
}
