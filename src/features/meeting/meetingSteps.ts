import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { runCommand } from '../../commands/bus';
import { updateMeeting } from '../../commands/meetings/meetingCommands';
import type { BoardContent } from '../../db/queries';
import type { AgendaItem } from '../../domain/agenda';
import { placesLinkedTo, subjectsLinkedTo } from '../../domain/linkedPlaces';
import type { Meeting } from '../../domain/kinds/meeting';
import { useFilters } from '../../state/filterStore';
import { useMeetingUi } from '../../state/meetingStore';
import { useStatus } from '../../state/statusStore';
import { NO_SELECTION, useUi } from '../../state/uiStore';
import { emptyFilter, type NetworkFilter } from '../../domain/networkFilter';
import { rememberStep } from './lastStep';

/** What a step remembers of the view: the diagram's filters and focus, as plain data. */
interface StepView {
  filter: NetworkFilter;
}

function viewOf(item: AgendaItem): NetworkFilter | null {
  const saved = item.view as Partial<StepView> | null;
  if (!saved?.filter || typeof saved.filter !== 'object') return null;
  // Merged over the empty filter, so a view saved before a new filter existed still applies.
  return { ...emptyFilter, ...saved.filter };
}

/** The people a step is about: the person, a group's members, or the people linked to a place. */
function centreOf(item: AgendaItem, content: BoardContent): string[] {
  if (item.kind === 'person') return [item.id];
  if (item.kind === 'group')
    return content.memberships.filter((m) => m.groupId === item.id).map((m) => m.personId);
  return [...subjectsLinkedTo([item.id], content).people];
}

/** The places a step shows on the map. */
function placesOf(item: AgendaItem, content: BoardContent): string[] {
  if (item.kind === 'place') return [item.id];
  const selected =
    item.kind === 'person' ? { people: [item.id], groups: [] } : { people: [], groups: [item.id] };
  return [...placesLinkedTo(selected, content)];
}

/** Whether an agenda item's record is still on the board (it may have been deleted since). */
export function itemExists(item: AgendaItem, content: BoardContent): boolean {
  const rows =
    item.kind === 'person'
      ? content.people
      : item.kind === 'group'
        ? content.groups
        : content.places;
  return rows.some((r) => r.id === item.id);
}

/** Keeps the view of the step being left in its agenda item, so coming back restores it. */
async function rememberView(meeting: Meeting, index: number): Promise<void> {
  const item = meeting.agenda[index];
  if (!item) return;
  const filter = useFilters.getState().filter;
  const saved = viewOf(item);
  if (saved && JSON.stringify(saved) === JSON.stringify(filter)) return;
  const agenda = meeting.agenda.map((it, i) =>
    i === index ? { ...it, view: { filter: JSON.parse(JSON.stringify(filter)) as unknown } } : it,
  );
  await runCommand(
    updateMeeting(
      meeting,
      { agenda },
      'Remember the view of each agenda item',
      `meeting:${meeting.id}:views`,
    ),
  );
}

/**
 * Moves the meeting to agenda item `index`: the view of the item being left is remembered, then
 * the new item is selected, the diagram shows it (its remembered view, or a 1-step focus on the
 * people it is about) and the map shows its places.
 */
export function goToStep(
  content: BoardContent,
  meeting: Meeting,
  index: number,
  handle: NetworkHandle | null,
): void {
  const item = meeting.agenda[index];
  if (!item) return;
  const ui = useMeetingUi.getState();
  const leaving = ui.step;
  ui.setStep(index);
  rememberStep(meeting.id, index);
  if (leaving !== index) void rememberView(meeting, leaving);
  if (!itemExists(item, content)) {
    useStatus.getState().notify({
      tone: 'info',
      text: 'This agenda item is no longer on the board (it was deleted). Remove it, or move on.',
    });
    return;
  }
  const select =
    item.kind === 'person'
      ? { people: [item.id] }
      : item.kind === 'group'
        ? { groups: [item.id] }
        : { places: [item.id] };
  useUi.getState().select({ ...NO_SELECTION, ...select });
  const saved = viewOf(item);
  const centre = centreOf(item, content);
  if (saved) useFilters.setState({ filter: saved });
  else
    useFilters.setState({
      filter: { ...emptyFilter, focus: centre.length ? { centre, steps: 1 } : null },
    });
  if (centre[0]) handle?.ensureVisible(centre[0]);
  const places = placesOf(item, content);
  if (places.length > 0) ui.fitMapTo(places);
}
