import { WriteRejected } from '../../db/writer';
import { todayString } from '../../domain/dates';
import { joinAgenda, type AgendaItem } from '../../domain/agenda';
import { meetingKind, type Meeting } from '../../domain/kinds/meeting';
import { snapshotKind, type Snapshot } from '../../domain/kinds/snapshot';
import type { TableName } from '../../domain/kinds';
import type { Command } from '../command';

export type Attendee = Meeting['attendees'][number];
export type Decision = Meeting['decisions'][number];

/**
 * What a snapshot copies: every table of the board's content except diagram positions (layout is
 * not a decision), the change log (already a history), basemap files (large, and not content) and
 * earlier snapshots.
 */
export const SNAPSHOT_TABLES = [
  'boards',
  'people',
  'groups',
  'memberships',
  'associations',
  'places',
  'placeLinks',
  'incidents',
  'actions',
  'annotations',
  'meetings',
] as const satisfies readonly TableName[];

/** Attendees with a name; blank rows left in the form are dropped. */
export const namedAttendees = (attendees: readonly Attendee[]): Attendee[] =>
  attendees
    .map((a) => ({ name: a.name.trim(), agency: a.agency.trim() }))
    .filter((a) => a.name.length > 0);

/** Why a meeting cannot start with these attendees, or null: the record must say who was there. */
export function attendeesProblem(attendees: readonly Attendee[]): string | null {
  return namedAttendees(attendees).length === 0
    ? 'Add at least one attendee (their name; the agency helps) before starting the meeting.'
    : null;
}

/** Why a meeting date cannot be used, or null. A meeting is recorded on or after its day, never before. */
export function meetingDateProblem(date: string, today = todayString()): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Give the date of the meeting.';
  if (date > today) return 'The meeting date cannot be in the future.';
  return null;
}

/** Starts a meeting over a board, with its agenda. Only one meeting can be in progress at a time. */
export function startMeeting(
  boardId: string,
  id: string,
  fields: { date: string; attendees: readonly Attendee[]; agenda: readonly AgendaItem[] },
): Command {
  return {
    name: 'startMeeting',
    label: 'Start meeting',
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const problem = meetingDateProblem(fields.date);
      if (problem) throw new WriteRejected(problem, 'validation');
      const meetings = await reader.byBoard('meetings', boardId);
      if (meetings.some((m) => m.status === 'in-progress'))
        throw new WriteRejected('A meeting is already in progress on this board.', 'conflict');
      const noOne = attendeesProblem(fields.attendees);
      if (noOne) throw new WriteRejected(noOne, 'validation');
      const meeting = meetingKind.create({
        id,
        boardId,
        date: fields.date,
        attendees: namedAttendees(fields.attendees),
        agenda: [...fields.agenda],
      });
      return [{ table: 'meetings', id, after: meeting }];
    },
  };
}

export type MeetingPatch = Partial<Pick<Meeting, 'date' | 'attendees' | 'agenda' | 'notes'>>;

/**
 * Changes a meeting as stored at write time. `coalesceKey` merges repeats (remembering the view
 * of a step each time it is left) into one undo step.
 */
export function updateMeeting(
  meeting: Meeting,
  patch: MeetingPatch,
  label: string,
  coalesceKey?: string,
): Command {
  return {
    name: 'updateMeeting',
    label,
    scope: meeting.boardId,
    boardId: meeting.boardId,
    coalesceKey,
    plan: async (reader) => {
      const current = await reader.get('meetings', meeting.id);
      if (!current)
        throw new WriteRejected(
          'That meeting no longer exists (undone in another tab?)',
          'conflict',
        );
      if (patch.date !== undefined) {
        const problem = meetingDateProblem(patch.date);
        if (problem) throw new WriteRejected(problem, 'validation');
      }
      return [{ table: 'meetings', id: meeting.id, after: { ...current, ...patch } }];
    },
  };
}

/**
 * Puts records drawn during the meeting on its agenda, each at the end of its section. Part of the
 * step that drew them (`joinsPrevious`): one Undo takes back the record and its agenda item.
 * Items already on the agenda (joined in another tab) are left alone.
 */
export function joinMeetingAgenda(meeting: Meeting, items: readonly AgendaItem[]): Command {
  return {
    name: 'joinMeetingAgenda',
    label: 'Add to the agenda',
    scope: meeting.boardId,
    boardId: meeting.boardId,
    joinsPrevious: true,
    plan: async (reader) => {
      const current = await reader.get('meetings', meeting.id);
      if (!current || current.status !== 'in-progress') return [];
      const agenda = joinAgenda(current.agenda, items);
      if (agenda.length === current.agenda.length) return [];
      return [{ table: 'meetings', id: meeting.id, after: { ...current, agenda } }];
    },
  };
}

/** Records a decision against an agenda item (or the whole board). */
export function addDecision(meeting: Meeting, decision: Decision): Command {
  return {
    name: 'addDecision',
    label: `Record decision: ${decision.text.trim().slice(0, 60)}`,
    scope: meeting.boardId,
    boardId: meeting.boardId,
    plan: async (reader) => {
      const current = await reader.get('meetings', meeting.id);
      if (!current) throw new WriteRejected('That meeting no longer exists.', 'conflict');
      const text = decision.text.trim();
      if (!text) throw new WriteRejected('Type the decision first.', 'validation');
      return [
        {
          table: 'meetings',
          id: meeting.id,
          after: { ...current, decisions: [...current.decisions, { ...decision, text }] },
        },
      ];
    },
  };
}

/**
 * Ends a meeting: stores a plain copy of the board as it stands (read inside the same
 * transaction, so nothing written meanwhile is half in it) and marks the meeting ended. One undo
 * step takes both back. A meeting with no attendees is refused: the record would not say who
 * agreed the plan.
 */
export function endMeeting(meeting: Meeting, snapshotId: string, now = new Date()): Command {
  const boardId = meeting.boardId;
  return {
    name: 'endMeeting',
    label: 'End meeting',
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const current = await reader.get('meetings', meeting.id);
      if (!current) throw new WriteRejected('That meeting no longer exists.', 'conflict');
      if (current.status === 'ended')
        throw new WriteRejected('This meeting has already ended.', 'conflict');
      if (namedAttendees(current.attendees).length === 0)
        throw new WriteRejected(
          'A meeting cannot end with no attendees: add who was there first.',
          'validation',
        );
      const at = now.toISOString();
      const ended: Meeting = { ...current, status: 'ended', endedAt: at };
      const tables: Snapshot['tables'] = {};
      for (const t of SNAPSHOT_TABLES) {
        const rows =
          t === 'boards' ? [await reader.get('boards', boardId)] : await reader.byBoard(t, boardId);
        tables[t] = rows
          .filter((r) => r !== undefined)
          .map(
            (r) => (t === 'meetings' && r.id === meeting.id ? ended : r) as Record<string, unknown>,
          );
      }
      const snapshot = snapshotKind.create({
        id: snapshotId,
        boardId,
        meetingId: meeting.id,
        takenAt: at,
        tables,
      });
      return [
        { table: 'meetings', id: meeting.id, after: ended },
        { table: 'snapshots', id: snapshotId, after: snapshot },
      ];
    },
  };
}
