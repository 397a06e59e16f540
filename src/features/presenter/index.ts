// The presenter screen's public API: the chair's header control and broadcast, and the presenter
// window's route (its page is a chunk of its own, fetched only in that window).
export { PresenterButton } from './PresenterButton';
export { usePresenterBroadcast } from './usePresenterBroadcast';
export { PresenterRoute } from './PresenterRoute';
