import { z } from 'zod';
import { copyRecords } from '../../commands/boards/copyRecords';
import { addDays, daysBetween, isoDate } from '../../domain/dates';
import type { Action } from '../../domain/kinds/action';
import type { Association } from '../../domain/kinds/association';
import type { Board } from '../../domain/kinds/board';
import type { Incident } from '../../domain/kinds/incident';
import type { Person } from '../../domain/kinds/person';
import type { PlaceLink } from '../../domain/kinds/placeLink';
import {
  boardContentTables,
  validateRecord,
  type AnyRecord,
  type TableName,
} from '../../domain/kinds';

export interface TrainingBoard {
  board: Board;
  records: { table: TableName; record: AnyRecord }[];
}

/** Days from today to the fresh board's review date, so a newly added training board is never overdue. */
const REVIEW_AFTER_DAYS = 90;

const fixtureSchema = z.object({
  format: z.literal('peers-and-places/board'),
  version: z.literal(1),
  anchorDate: isoDate,
  board: z.unknown(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

const isContentTable = (name: string): name is TableName =>
  (boardContentTables as string[]).includes(name);

/**
 * The fictional Harrowfield board, ready to add: dates moved so the scenario is always "recent"
 * relative to `today`, and every id fresh so it can be added any number of times.
 */
export async function buildTrainingBoard(
  today: string,
  makeId: () => string,
): Promise<TrainingBoard> {
  // Dynamic import keeps the fixture in its own chunk, loaded only when a trainer asks for it.
  const fixture = fixtureSchema.parse(
    (await import('../../../fixtures/training-board.json')).default,
  );
  const offset = daysBetween(fixture.anchorDate, today);
  const shift = (date: string) => addDays(date, offset);

  const problems: string[] = [];
  const checkedBoard = validateRecord('boards', fixture.board);
  if (!checkedBoard.ok) problems.push(problemText('boards', fixture.board, checkedBoard.problems));

  const records: { table: TableName; record: AnyRecord }[] = [];
  for (const [name, rows] of Object.entries(fixture.tables)) {
    if (!isContentTable(name)) {
      problems.push(`unknown table "${name}"`);
      continue;
    }
    for (const row of rows) {
      const checked = validateRecord(name, row);
      if (checked.ok) records.push({ table: name, record: shiftDates(name, checked.value, shift) });
      else problems.push(problemText(name, row, checked.problems));
    }
  }
  if (problems.length > 0 || !checkedBoard.ok) {
    throw new Error(`The training board fixture is invalid: ${problems.join('; ')}`);
  }

  const source = checkedBoard.value;
  const boardId = makeId();
  const board: Board = {
    ...source,
    id: boardId,
    boardId,
    reviewDate: addDays(today, REVIEW_AFTER_DAYS),
    retentionDate: source.retentionDate && shift(source.retentionDate),
  };
  const copied = copyRecords(records, boardId, makeId).flatMap(({ table, after }) =>
    after ? [{ table, record: after }] : [],
  );
  return { board, records: copied };
}

function problemText(
  table: TableName,
  row: unknown,
  problems: { field: string; message: string }[],
): string {
  const id = typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : '(no id)';
  const first = problems[0];
  return `${table} ${id}: ${first ? `${first.field || '(record)'}: ${first.message}` : 'invalid'}`;
}

/** Moves every calendar date in a record by the same number of days; times of day are kept. */
function shiftDates(
  table: TableName,
  record: AnyRecord,
  shift: (date: string) => string,
): AnyRecord {
  const maybe = (date: string | null) => date && shift(date);
  switch (table) {
    case 'people': {
      const p = record as Person;
      return {
        ...p,
        dateOfBirth: maybe(p.dateOfBirth),
        indicators: p.indicators.map((i) => ({ ...i, date: shift(i.date) })),
      };
    }
    case 'associations': {
      const a = record as Association;
      return {
        ...a,
        firstReported: maybe(a.firstReported),
        lastReported: maybe(a.lastReported),
        reviewDate: maybe(a.reviewDate),
      };
    }
    case 'placeLinks': {
      const l = record as PlaceLink;
      return { ...l, from: maybe(l.from), to: maybe(l.to) };
    }
    case 'incidents': {
      const i = record as Incident;
      return { ...i, occurredAt: shift(i.occurredAt.slice(0, 10)) + i.occurredAt.slice(10) };
    }
    case 'actions': {
      const a = record as Action;
      return { ...a, dueDate: shift(a.dueDate), reviewDate: maybe(a.reviewDate) };
    }
    default:
      return record;
  }
}
