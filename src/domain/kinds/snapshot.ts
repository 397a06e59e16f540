import { z } from 'zod';
import { isoDateTime } from '../dates';
import { recordBase } from '../records/base';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

/** The board as it stood at the end of a meeting: plain copies of its records by table. */
export const snapshotSchema = z.object({
  ...recordBase,
  meetingId: z.string().min(1),
  takenAt: isoDateTime,
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

type NewSnapshot = Given<Snapshot, 'id' | 'boardId' | 'meetingId' | 'takenAt'>;

export const snapshotKind: RecordKind<Snapshot, 'snapshots', NewSnapshot> = {
  table: 'snapshots',
  noun: { one: 'meeting snapshot', many: 'meeting snapshots' },
  schema: snapshotSchema,
  create: ({ id, boardId, ...rest }) => ({ id, boardId, ...stamps, tables: {}, ...rest }),
  references: [onBoard, { field: 'meetingId', to: 'meetings', onDelete: 'cascade', checked: true }],
  fields: [],
  indexes: 'id, boardId, meetingId',
  // Copies of every record of the board, names and notes included.
  freeText: [],
  personal: ['tables'],
};
