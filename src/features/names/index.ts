// The names feature's public API: names in force (presenter-safe masking) for every view.
export { restorePresenterSafe, togglePresenterSafe } from './presenterSafe';
export { useNames, type Names } from './useNames';
export { HiddenWhilePresenterSafe, PRESENTER_HIDDEN_FIELDS } from './HiddenWhilePresenterSafe';
