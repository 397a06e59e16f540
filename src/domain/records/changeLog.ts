import { z } from 'zod';
import { isoDateTime } from '../dates';
import { shortText } from '../text';
import { recordBase } from './base';

/** Who changed what and when, kept on this device for audit. */
export const changeLogEntrySchema = z.object({
  ...recordBase,
  at: isoDateTime,
  who: shortText(),
  what: shortText(500),
  command: shortText(80),
  origin: z.enum(['do', 'undo', 'redo']),
  changes: z.array(
    z.object({ table: z.string(), id: z.string(), op: z.enum(['create', 'update', 'delete']) }),
  ),
});
export type ChangeLogEntry = z.infer<typeof changeLogEntrySchema>;
