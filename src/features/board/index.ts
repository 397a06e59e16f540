// The board shell's public API: its route. The board page itself is not exported: it carries
// Cytoscape, so it is a chunk of its own, loaded by BoardRoute (and preloaded with loadBoardPage).
export { BoardRoute, loadBoardPage, PresenterRoute } from './BoardRoute';
