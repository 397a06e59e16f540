import { expect } from 'vitest';
import { runCommand, type RunResult } from '../../src/commands/bus';
import type { Command } from '../../src/commands/command';
import { createBoard } from '../../src/commands/boards/createBoard';
import { addPerson } from '../../src/commands/people/addPerson';
import type { PeersDb } from '../../src/db/database';
import type { Person } from '../../src/domain/kinds/person';
import { boardContentTables, type AnyRecord, type TableName } from '../../src/domain/kinds';

/** Runs a command that must succeed; fails the test with the bus's message otherwise. */
export async function mustRun(command: Command): Promise<Extract<RunResult, { ok: true }>> {
  const result = await runCommand(command);
  if (!result.ok) throw new Error(`${command.name} failed: ${result.message}`);
  return result;
}

export const boardFields = {
  title: 'Town centre',
  purpose: 'Map peer groups',
  owner: 'Sam',
  reviewDate: '2099-01-01',
};

/** A board with people p1, p2, … (Ali, Bea, Cal unless named), a row apart, all through the bus. */
export async function boardWithPeople(
  boardId = 'b1',
  names: readonly string[] = ['Ali', 'Bea', 'Cal'],
): Promise<void> {
  await mustRun(createBoard(boardId, boardFields));
  for (const [i, name] of names.entries()) {
    await mustRun(addPerson(boardId, `p${i + 1}`, { displayName: name }, { x: i * 100, y: 0 }));
  }
}

export async function getPerson(d: PeersDb, id: string): Promise<Person> {
  const p = await d.people.get(id);
  if (!p) throw new Error(`no person ${id}`);
  return p;
}

/** Every record of a board by table (sorted by id), optionally without the change log. */
export async function dumpBoard(
  d: PeersDb,
  boardId: string,
  { includeLog = false } = {},
): Promise<Partial<Record<TableName, AnyRecord[]>>> {
  const out: Partial<Record<TableName, AnyRecord[]>> = {};
  const board = await d.boards.get(boardId);
  out.boards = board ? [board] : [];
  for (const t of boardContentTables) {
    if (t === 'changeLog' && !includeLog) continue;
    const rows = await d.table<AnyRecord, string>(t).where('boardId').equals(boardId).toArray();
    out[t] = rows.sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}

/** The same dump with the given stamp fields removed, to compare content written at different times. */
export function withoutStamps(
  dump: Partial<Record<TableName, AnyRecord[]>>,
  fields: readonly ('createdAt' | 'updatedAt')[] = ['updatedAt'],
): Partial<Record<TableName, Record<string, unknown>[]>> {
  const out: Partial<Record<TableName, Record<string, unknown>[]>> = {};
  for (const [t, rows] of Object.entries(dump) as [TableName, AnyRecord[]][]) {
    out[t] = rows.map((r) => {
      const copy: Record<string, unknown> = { ...r };
      for (const f of fields) delete copy[f];
      return copy;
    });
  }
  return out;
}

/** Asserts the bus refused a command (or an undo / redo) with a message matching `pattern`. */
export function expectRefused(result: RunResult | null, pattern: RegExp): void {
  expect(result?.ok).toBe(false);
  if (result && !result.ok) expect(result.message).toMatch(pattern);
}
