import { chunk, useChunk } from '../../ui/chunk';
import { RouteOpening } from '../../ui/RouteStates';

/** The pack carries the export drawing code, so it is a chunk of its own, loaded when opened. */
const packPage = chunk(() => import('./MeetingPackPage').then((m) => m.default));

export function PackRoute({ boardId, meetingId }: { boardId: string; meetingId: string | null }) {
  const Page = useChunk(packPage);
  if (!Page) return <RouteOpening>Opening the meeting pack…</RouteOpening>;
  return <Page boardId={boardId} meetingId={meetingId} />;
}
