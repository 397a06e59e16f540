// The actions feature's public API: what other features use of it.
export { ActionCapture } from './ActionCapture';
export { ActionFateDialog } from './ActionFateDialog';
export { ActionsSection } from './ActionsSection';
export { ActionsButton } from './ActionsButton';
export { QuickCapture } from './QuickCapture';
export { startActionCapture } from './quickCapture';
export { networkBadges } from './actionBadges';
export type { ActionTarget } from './actionDraft';
