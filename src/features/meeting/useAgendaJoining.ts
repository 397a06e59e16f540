import { useEffect, useRef } from 'react';
import { runCommand } from '../../commands/bus';
import { history } from '../../commands/history';
import { joinMeetingAgenda } from '../../commands/meetings/meetingCommands';
import { buildAgenda } from '../../domain/agenda';
import type { Group } from '../../domain/kinds/group';
import type { Meeting } from '../../domain/kinds/meeting';
import type { Person } from '../../domain/kinds/person';
import type { Place } from '../../domain/kinds/place';

/** More records than this from one step are not put on the agenda one by one. */
export const MAX_JOINED = 12;

/**
 * People, groups and places drawn during the meeting join its agenda at the end of their section
 * (as `buildAgenda` would list them: professionals stay off). It watches this tab's undo history,
 * so only what this tab drew joins, inside the very step that drew it (one Undo takes back both);
 * another tab joins what it drew. Each record is considered once: one the chair then removes from
 * the agenda is not put back. A step that adds many at once (an import) joins nothing.
 */
export function useAgendaJoining(meeting: Meeting): void {
  const latest = useRef(meeting);
  latest.current = meeting;
  const considered = useRef(new Set<string>());
  const boardId = meeting.boardId;
  useEffect(
    () =>
      history.subscribe(() => {
        const step = history.peekUndo(boardId);
        if (!step) return;
        const drawn = { people: [] as Person[], groups: [] as Group[], places: [] as Place[] };
        for (const c of step.changes) {
          if (c.op !== 'create' || !c.after || considered.current.has(c.id)) continue;
          if (c.table === 'people') drawn.people.push(c.after as unknown as Person);
          else if (c.table === 'groups') drawn.groups.push(c.after as unknown as Group);
          else if (c.table === 'places') drawn.places.push(c.after as unknown as Place);
          else continue;
          considered.current.add(c.id);
        }
        const items = buildAgenda(drawn);
        // Drawn in the room means a few at a time; a step that brings many (an import) is not
        // what the meeting discussed, and would bury the agenda: the chair adds from Agenda.
        if (items.length > MAX_JOINED) return;
        if (items.length > 0) void runCommand(joinMeetingAgenda(latest.current, items));
      }),
    [boardId],
  );
}
