import { redo, undo, type RunResult } from '../../commands/bus';
import { useStatus } from '../../state/statusStore';

function report(result: RunResult | null, verb: string): void {
  if (!result) {
    useStatus.getState().notify({ tone: 'info', text: `Nothing to ${verb}` });
  } else if (!result.ok) {
    useStatus.getState().notify({ tone: 'error', text: result.message });
  } else if (result.notice) {
    // Part of the step could not be undone (changed since elsewhere), or links went with it.
    useStatus.getState().notify({ tone: 'info', text: result.notice });
  }
}

export async function undoIn(scope: string): Promise<void> {
  report(await undo(scope), 'undo');
}

export async function redoIn(scope: string): Promise<void> {
  report(await redo(scope), 'redo');
}

/** True when the key event is meant for a text field (whose own undo the browser handles). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    );
  }
  return false;
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Returns true if the key was handled. */
export function handleUndoKeys(e: KeyboardEvent, scope: string): boolean {
  if (isTypingTarget(e.target)) return false;
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) {
    e.preventDefault();
    void undoIn(scope);
    return true;
  }
  if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
    e.preventDefault();
    void redoIn(scope);
    return true;
  }
  return false;
}
