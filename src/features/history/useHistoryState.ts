import { useSyncExternalStore } from 'react';
import { history } from '../../commands/history';

/** The labels of the next undo and redo in a scope, re-rendering when history changes. */
export function useHistoryState(scope: string): {
  undoLabel: string | null;
  redoLabel: string | null;
} {
  useSyncExternalStore(history.subscribe, history.getVersion);
  return {
    undoLabel: history.peekUndo(scope)?.label ?? null,
    redoLabel: history.peekRedo(scope)?.label ?? null,
  };
}
