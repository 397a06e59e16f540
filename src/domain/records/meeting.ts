import { z } from 'zod';
import { isoDate, isoDateTime } from '../dates';
import { nameText, notesText, shortText } from '../text';
import { recordBase } from './base';

export const agendaItemSchema = z.object({
  kind: z.enum(['group', 'person', 'place']),
  id: z.string().min(1),
  /** Focus and filters remembered for this step, as plain data owned by the meeting feature. */
  view: z.record(z.string(), z.unknown()).nullable(),
});

export const decisionSchema = z.object({
  id: z.string().min(1),
  itemKind: z.enum(['group', 'person', 'place', 'board']),
  itemId: z.string().min(1),
  text: z.string().min(1).max(4000),
  at: isoDateTime,
});

/** A strategy meeting held over a board. Ending it stores a snapshot. */
export const meetingSchema = z.object({
  ...recordBase,
  date: isoDate,
  attendees: z.array(z.object({ name: nameText('attendee name'), agency: shortText() })).max(200),
  agenda: z.array(agendaItemSchema).max(5000),
  decisions: z.array(decisionSchema).max(5000),
  status: z.enum(['in-progress', 'ended']),
  endedAt: isoDateTime.nullable(),
  notes: notesText,
});
export type Meeting = z.infer<typeof meetingSchema>;

/** The board as it stood at the end of a meeting: plain copies of its records by table. */
export const snapshotSchema = z.object({
  ...recordBase,
  meetingId: z.string().min(1),
  takenAt: isoDateTime,
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
