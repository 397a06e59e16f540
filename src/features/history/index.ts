// The history feature's public API: undo and redo, the change log and the save indicator.
export { ChangeLogDialog } from './ChangeLogDialog';
export { SaveIndicator } from './SaveIndicator';
export { UndoRedoButtons } from './UndoRedoButtons';
export { handleUndoKeys, isTypingTarget, undoIn } from './undoRedo';
