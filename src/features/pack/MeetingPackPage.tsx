import { openBoardList } from '../../app/router';
import { useBoardContent } from '../../db/queries';
import { MeetingPack } from './MeetingPack';

/** The meeting pack's route: the board's records, read live, printed as a pack. */
export default function MeetingPackPage({
  boardId,
  meetingId,
}: {
  boardId: string;
  meetingId: string | null;
}) {
  const content = useBoardContent(boardId);
  if (content === undefined)
    return (
      <p className="muted" style={{ padding: '1rem' }}>
        Opening the meeting pack…
      </p>
    );
  if (content === null)
    return (
      <div style={{ padding: '1rem' }} role="alert">
        <p>This board is not on this device any more (it may have been deleted in another tab).</p>
        <button type="button" onClick={openBoardList}>
          Back to all boards
        </button>
      </div>
    );
  return <MeetingPack content={content} meetingId={meetingId} />;
}
