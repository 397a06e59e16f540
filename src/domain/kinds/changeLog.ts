import { z } from 'zod';
import { isoDateTime } from '../dates';
import { recordBase } from '../records/base';
import { shortText } from '../text';
import { stamps, type Given, type RecordKind } from './kind';

/** Who changed what and when, kept on this device for audit. */
export const changeLogEntrySchema = z.object({
  ...recordBase,
  at: isoDateTime,
  who: shortText(),
  what: shortText(500),
  command: shortText(80),
  /** 'do' is how entries written before logical versions named the user's own edits. */
  origin: z.enum(['do', 'local', 'undo', 'redo', 'otherTab', 'remote']),
  /** The board's logical version of this change set (absent on entries written before them). */
  version: z.number().int().min(1).optional(),
  /** The tab that wrote it, so an undo can tell its own later edits from everyone else's. */
  tab: z.string().max(64).optional(),
  changes: z.array(
    z.object({
      table: z.string(),
      id: z.string(),
      op: z.enum(['create', 'update', 'delete']),
      /** For an update, which fields it changed (names only, never values). */
      fields: z.array(z.string().max(80)).max(200).optional(),
    }),
  ),
});
export type ChangeLogEntry = z.infer<typeof changeLogEntrySchema>;

type NewChangeLogEntry = Given<
  ChangeLogEntry,
  'id' | 'boardId' | 'at' | 'who' | 'what' | 'command' | 'origin'
>;

export const changeLogKind: RecordKind<ChangeLogEntry, 'changeLog', NewChangeLogEntry> = {
  table: 'changeLog',
  noun: { one: 'change-log entry', many: 'change-log entries' },
  schema: changeLogEntrySchema,
  create: (given) => ({ ...stamps, changes: [], ...given }),
  references: [
    // Deleted with its board, but never checked: the entry saying the board was deleted outlives it.
    { field: 'boardId', to: 'boards', onDelete: 'cascade', checked: false },
  ],
  fields: [],
  indexes: 'id, boardId, at, [boardId+version]',
  // What was done names what it was done to ("Rename person “Jordan”").
  freeText: [],
  personal: ['who', 'what'],
};
