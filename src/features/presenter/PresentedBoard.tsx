import { useMemo } from 'react';
import { useBoardContent, type BoardContent } from '../../db/queries';
import type { AgendaItem } from '../../domain/agenda';
import { useMeetingUi } from '../../state/meetingStore';
import { MapPane } from '../map';
import { useNames, type Names } from '../names';
import { PresentedNetwork } from './PresentedNetwork';
import type { ChairState } from './protocol';

const nothing = () => undefined;

/** The agenda item under discussion, named as presenter-safe allows, or null outside a meeting. */
function stepCaption(content: BoardContent, names: Names, step: number): string | null {
  const meeting = content.meetings.find((m) => m.status === 'in-progress');
  if (!meeting || meeting.agenda.length === 0) return null;
  const index = Math.min(step, meeting.agenda.length - 1);
  const item: AgendaItem | undefined = meeting.agenda[index];
  if (!item) return null;
  let label: string;
  if (item.kind === 'person') label = names.ofId(item.id, 'Deleted person');
  else {
    const named = (item.kind === 'group' ? content.groups : content.places).find(
      (r) => r.id === item.id,
    );
    label = named ? names.mask(named.name) : `Deleted ${item.kind}`;
  }
  return `Item ${index + 1} of ${meeting.agenda.length}: ${label}`;
}

function Presented({ content, state }: { content: BoardContent; state: ChairState }) {
  const names = useNames(content);
  const step = useMeetingUi((s) => s.step);
  const caption = useMemo(() => stepCaption(content, names, step), [content, names, step]);
  const { views } = state;
  return (
    <div className="presenter-board">
      {caption && (
        <p className="presenter-step" aria-live="polite">
          {caption}
        </p>
      )}
      <div className={`presenter-views views-${views}`}>
        <div className="presenter-pane" hidden={views === 'map'}>
          <PresentedNetwork content={content} names={names} extent={state.extent} />
        </div>
        {views !== 'network' && (
          <div className="presenter-pane">
            <MapPane content={content} names={names} onDeleteSelected={nothing} presenting />
          </div>
        )}
      </div>
    </div>
  );
}

/** The chair's board, read from this device's store (records never travel on the channel). */
export function PresentedBoard({ state }: { state: ChairState }) {
  const content = useBoardContent(state.boardId);
  if (!content) {
    return (
      <p className="presenter-waiting" role="status">
        {content === null
          ? 'The chair’s board is not on this device.'
          : 'Waiting for the chair’s screen'}
      </p>
    );
  }
  return <Presented content={content} state={state} />;
}
