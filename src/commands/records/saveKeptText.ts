import { WriteRejected } from '../../db/writer';
import { sameValue } from '../../domain/changeSet';
import { recordNoun, type AnyRecord, type TableName } from '../../domain/kinds';
import type { Command } from '../command';

export interface KeptText {
  boardId: string;
  table: TableName;
  id: string;
  field: string;
  label: string;
  /** The stored value the typing started from. */
  base: unknown;
  /** The typed text's value. */
  value: unknown;
}

const orNull = (v: unknown) => (v === undefined ? null : v);

/**
 * Saves text typed in a field before the page was reloaded or closed, but only over the value the
 * typing started from: if the field has changed since (another tab, an undo), the newer value
 * stands and the text is handed back to the user instead.
 */
export function saveKeptText(kept: KeptText): Command {
  const noun = recordNoun[kept.table];
  return {
    name: 'saveKeptText',
    label: `Save ${kept.label.toLowerCase()} typed before the page closed`,
    scope: kept.boardId,
    boardId: kept.boardId,
    plan: async (reader) => {
      const current = (await reader.get(kept.table, kept.id)) as
        (AnyRecord & Record<string, unknown>) | undefined;
      if (!current) throw new WriteRejected(`The ${noun} no longer exists`, 'conflict');
      const now = orNull(current[kept.field]);
      if (sameValue(now, orNull(kept.value))) return [];
      if (!sameValue(now, orNull(kept.base)))
        throw new WriteRejected(`${kept.label} has changed since`, 'conflict');
      return [{ table: kept.table, id: kept.id, after: { ...current, [kept.field]: kept.value } }];
    },
  };
}
