import type { BoardContent } from '../../db/queries';
import { useMeetingUi } from '../../state/meetingStore';
import { meetingInProgress } from './inProgress';

/** Header buttons: start a meeting (unless one is in progress) and "What changed". */
export function MeetingButtons({ content }: { content: BoardContent }) {
  const changesOpen = useMeetingUi((s) => s.changesOpen);
  const inProgress = meetingInProgress(content);
  return (
    <>
      {!inProgress && (
        <button type="button" onClick={() => useMeetingUi.getState().setStartOpen(true)}>
          Start meeting
        </button>
      )}
      <button
        type="button"
        aria-pressed={changesOpen}
        onClick={() => useMeetingUi.getState().setChangesOpen(!changesOpen)}
      >
        What changed
      </button>
    </>
  );
}
