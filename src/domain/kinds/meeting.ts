import { z } from 'zod';
import { isoDate, isoDateTime } from '../dates';
import { recordBase } from '../records/base';
import { nameText, notesText, shortText } from '../text';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

const agendaKinds = ['group', 'person', 'place'] as const;
const decisionKinds = ['group', 'person', 'place', 'board'] as const;

export const agendaItemSchema = z.object({
  kind: z.enum(agendaKinds),
  id: z.string().min(1),
  /** Focus and filters remembered for this step, as plain data owned by the meeting feature. */
  view: z.record(z.string(), z.unknown()).nullable(),
});

export const decisionSchema = z.object({
  id: z.string().min(1),
  itemKind: z.enum(decisionKinds),
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

type NewMeeting = Given<Meeting, 'id' | 'boardId' | 'date'>;

export const meetingKind: RecordKind<Meeting, 'meetings', NewMeeting> = {
  table: 'meetings',
  noun: { one: 'meeting', many: 'meetings' },
  schema: meetingSchema,
  create: ({ id, boardId, ...rest }) => ({
    id,
    boardId,
    ...stamps,
    attendees: [],
    agenda: [],
    decisions: [],
    status: 'in-progress',
    endedAt: null,
    notes: '',
    ...rest,
  }),
  references: [
    onBoard,
    // An agenda step about something deleted since stays, and says it is no longer on the board
    // (meeting/meetingSteps.ts); a decision stays as it was taken.
    {
      field: 'agenda.id',
      to: {
        by: 'kind',
        tables: { group: 'groups', person: 'people', place: 'places' } satisfies Record<
          (typeof agendaKinds)[number],
          'groups' | 'people' | 'places'
        >,
      },
      onDelete: 'keep',
      checked: false,
    },
    {
      field: 'decisions.itemId',
      to: {
        by: 'itemKind',
        tables: {
          group: 'groups',
          person: 'people',
          place: 'places',
          board: 'boards',
        } satisfies Record<
          (typeof decisionKinds)[number],
          'groups' | 'people' | 'places' | 'boards'
        >,
      },
      onDelete: 'keep',
      checked: false,
    },
  ],
  // Date, attendees and agenda are edited in meeting mode's own forms (features/meeting).
  fields: [],
  indexes: 'id, boardId, date',
  freeText: ['notes'],
  personal: ['attendees', 'decisions', 'notes'],
};
