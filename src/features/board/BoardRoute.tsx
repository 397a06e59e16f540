import { chunk, useChunk } from '../../ui/chunk';
import { RouteOpening } from '../../ui/RouteStates';

/**
 * The board view carries Cytoscape, so it is a separate chunk. It is preloaded while the board list
 * is idle.
 */
const boardPage = chunk(() => import('./BoardPage').then((m) => m.default));

export const loadBoardPage = boardPage.load;

/** The presenter window's page (features/presenter): fetched through the board's chunk. */
const presenterPage = chunk(() => import('./BoardPage').then((m) => m.loadPresenterPage()));

export function PresenterRoute() {
  const Page = useChunk(presenterPage);
  // Nothing at all until it arrives: a projector shows no half-drawn app.
  if (!Page) return null;
  return <Page />;
}

export function BoardRoute({ boardId }: { boardId: string }) {
  const Page = useChunk(boardPage);
  if (!Page) return <RouteOpening>Opening board…</RouteOpening>;
  return <Page boardId={boardId} />;
}
