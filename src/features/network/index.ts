// The network feature's public API: the diagram, what the board's keys and toolbar start on it,
// its filters and layout controls, and its view model (reused by exports and notes).
export { NetworkView } from './NetworkView';
export { moveToNeighbour, startLink, startNewPerson, startRename } from './diagramActions';
export { freeSpotNear } from './placement';
export type { Direction } from './neighbourInDirection';
// Where a person without a position goes (also the capture line's): in view, near the selection.
export { boxAround, placeNear, type Box } from './placement';
export { buildNetworkModel, noteAnchor } from './networkModel';
// The presenter window draws the same diagram, read-only.
export { placeNodes } from './placeNodes';
export { useNetworkFilter } from './filters/useNetworkFilter';
export { useNetworkModel } from './useNetworkModel';
export { FiltersControl } from './filters/FiltersControl';
export { FocusControls } from './filters/FocusControls';
export { cycleFocus } from './filters/focusActions';
export { LayoutMenu } from './layout/LayoutMenu';
export { LayoutProgress } from './layout/LayoutProgress';
export { useLayoutRunner } from './layout/useLayoutRunner';
// What the e2e test API reads of the diagram on screen (the canvas hides it from the pointer).
export {
  activeNetwork,
  lastDrawn,
  lastShown,
  NETWORK_DRAWN_EVENT,
  NETWORK_SHOWN_EVENT,
  networkTestHooks,
  type DrawnRecord,
  type ShownRecord,
} from './activeNetwork';
