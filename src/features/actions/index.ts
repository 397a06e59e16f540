export { ActionCapture } from './ActionCapture';
export { ActionsSection } from './ActionsSection';
export { ActionsButton } from './ActionsButton';
export { QuickCapture } from './QuickCapture';
export { startActionCapture } from './quickCapture';
export type { ActionTarget } from './actionDraft';
