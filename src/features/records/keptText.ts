import type { BoardContent } from '../../db/boardContent';
import { sameValue } from '../../domain/changeSet';
import { recordNoun, tableNames, type TableName } from '../../domain/kinds';
import type { TypedText } from '../../state/typedText';

/** Typed text handed back to the user, with why it was not saved. */
export interface HandedBack {
  entry: TypedText;
  reason: string;
}

export type Verdict =
  /** Nothing to keep: already saved, or text the field refused (the user saw why). */
  | { kind: 'forget' }
  | { kind: 'save'; table: TableName; value: unknown }
  | { kind: 'typing' }
  | { kind: 'handBack'; reason: string };

const isTable = (t: string): t is TableName => (tableNames as readonly string[]).includes(t);

function recordIn(content: BoardContent, table: TableName, id: string): object | undefined {
  if (table === 'boards') return content.board.id === id ? content.board : undefined;
  const list = (content as unknown as Record<string, unknown>)[table];
  return Array.isArray(list) ? (list as { id: string }[]).find((r) => r.id === id) : undefined;
}

const orNull = (v: unknown) => (v === undefined ? null : v);

/**
 * What to do with text kept from a field. At a board's opening (`opening`), text typed before a
 * reload is saved if the field still holds what the typing started from; otherwise it is handed
 * back. While the board is open, only text whose record has gone is handed back: the rest is
 * still being typed in a field on screen.
 */
export function verdictOn(content: BoardContent, entry: TypedText, opening: boolean): Verdict {
  if (!isTable(entry.table))
    return { kind: 'handBack', reason: 'It belongs to an unknown record.' };
  const noun = recordNoun[entry.table];
  const record = recordIn(content, entry.table, entry.id) as Record<string, unknown> | undefined;
  if (!record)
    return {
      kind: 'handBack',
      reason: `The ${noun} you were editing has been deleted.`,
    };
  if (!opening) return { kind: 'typing' };
  const now = orNull(record[entry.field]);
  if (!('value' in entry)) return { kind: 'forget' };
  if (sameValue(now, orNull(entry.value))) return { kind: 'forget' };
  if (!sameValue(now, orNull(entry.base)))
    return {
      kind: 'handBack',
      reason: `${entry.label} of this ${noun} was changed elsewhere after you began typing, so your text was not saved over it.`,
    };
  return { kind: 'save', table: entry.table, value: entry.value };
}
