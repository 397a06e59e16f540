import { BoardDamaged } from '../../ui/BoardDamaged';
import { BoardGone, RouteOpening } from '../../ui/RouteStates';
import { damagedBoardRecord, useBoardContent } from '../../db/queries';
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
  if (content === undefined) return <RouteOpening>Opening the meeting pack…</RouteOpening>;
  if (content === null) {
    const damaged = damagedBoardRecord(boardId);
    return damaged ? <BoardDamaged problem={damaged.problem} /> : <BoardGone />;
  }
  return <MeetingPack content={content} meetingId={meetingId} />;
}
