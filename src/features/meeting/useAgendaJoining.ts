import { useEffect, useRef } from 'react';
import { runCommand } from '../../commands/bus';
import { history } from '../../commands/history';
import { joinMeetingAgenda } from '../../commands/meetings/meetingCommands';
import type { BoardContent } from '../../db/queries';
import { buildAgenda } from '../../domain/agenda';
import type { Meeting } from '../../domain/kinds/meeting';

type Drawn = Pick<BoardContent, 'people' | 'groups' | 'places'>;

const idsOf = (c: Drawn) =>
  new Set([
    ...c.people.map((r) => r.id),
    ...c.groups.map((r) => r.id),
    ...c.places.map((r) => r.id),
  ]);

/**
 * People, groups and places drawn during the meeting join its agenda at the end of their section
 * (as `buildAgenda` would list them: professionals stay off). Only what this tab's own last step
 * created joins, inside that undo step: another tab joins what it drew, an undo or redo carries its
 * agenda change with it, and an item the chair removes is not put back (it is already known).
 */
export function useAgendaJoining(content: Drawn, meeting: Meeting): void {
  const known = useRef<Set<string> | null>(null);
  const { people, groups, places } = content;
  useEffect(() => {
    if (!known.current) {
      known.current = idsOf({ people, groups, places });
      return;
    }
    const seen = known.current;
    const isNew = (r: { id: string }) => !seen.has(r.id);
    const fresh = {
      people: people.filter(isNew),
      groups: groups.filter(isNew),
      places: places.filter(isNew),
    };
    for (const id of idsOf(fresh)) seen.add(id);
    const step = history.peekUndo(meeting.boardId);
    if (!step) return;
    const created = new Set(step.changes.filter((c) => c.op === 'create').map((c) => c.id));
    const items = buildAgenda(fresh).filter((i) => created.has(i.id));
    if (items.length > 0) void runCommand(joinMeetingAgenda(meeting, items));
  }, [people, groups, places, meeting]);
}
