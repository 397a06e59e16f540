// The presenter screen's public API: the chair's header control and broadcast, and the presenter
// window's page, fetched only in that window.
export { PresenterButton } from './PresenterButton';
export { usePresenterBroadcast } from './usePresenterBroadcast';

/**
 * The presenter window's page, a chunk of its own fetched from the board's chunk (see
 * features/board/BoardRoute.tsx): what it shares with the board (the diagram, the map) stays in the
 * board's chunk, so a chair's first board loads no more than it did, and no extra files.
 */
export const loadPresenterPage = () => import('./PresenterPage').then((m) => m.default);
