import { composeChanges, type RecordChange } from '../domain/changeSet';

/**
 * One undo step: the field-level changes as they were written, the words to show for it, and the
 * board version it was written at (a burst keeps its first), so an undo can tell which later
 * changes by others it must not overwrite.
 */
export interface HistoryEntry {
  label: string;
  scope: string;
  boardId: string;
  coalesceKey?: string;
  /** Merged into the step before it, whatever its key (see `Command.joinsPrevious`). */
  joinsPrevious?: boolean;
  at: number;
  version: number;
  changes: RecordChange[];
}

/** Edits with the same coalesce key less than this far apart become one undo step. */
export const COALESCE_WINDOW_MS = 1500;
const LIMIT = 200;

interface Stacks {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

/**
 * Per-tab undo and redo stacks, one pair per scope (a board, or the board list). Changes from other
 * tabs never enter them. Subscribable so a hook can show the next undo's label.
 */
export class History {
  private scopes = new Map<string, Stacks>();
  private listeners = new Set<() => void>();
  private version = 0;

  private stacks(scope: string): Stacks {
    let s = this.scopes.get(scope);
    if (!s) {
      s = { undo: [], redo: [] };
      this.scopes.set(scope, s);
    }
    return s;
  }

  /** Records a new step (clearing redo), merging it into the last one if it continues a burst. */
  record(entry: HistoryEntry): void {
    const s = this.stacks(entry.scope);
    const top = s.undo[s.undo.length - 1];
    if (
      top &&
      (entry.joinsPrevious ||
        (entry.coalesceKey &&
          top.coalesceKey === entry.coalesceKey &&
          entry.at - top.at < COALESCE_WINDOW_MS))
    ) {
      s.undo[s.undo.length - 1] = {
        ...top,
        at: entry.at,
        changes: composeChanges(top.changes, entry.changes),
      };
    } else {
      s.undo.push(entry);
      if (s.undo.length > LIMIT) s.undo.shift();
    }
    s.redo = [];
    this.changed();
  }

  peekUndo(scope: string): HistoryEntry | undefined {
    const u = this.stacks(scope).undo;
    return u[u.length - 1];
  }

  peekRedo(scope: string): HistoryEntry | undefined {
    const r = this.stacks(scope).redo;
    return r[r.length - 1];
  }

  popUndo(scope: string): HistoryEntry | undefined {
    const e = this.stacks(scope).undo.pop();
    this.changed();
    return e;
  }

  popRedo(scope: string): HistoryEntry | undefined {
    const e = this.stacks(scope).redo.pop();
    this.changed();
    return e;
  }

  /** After an undo: the step to redo (without clearing the redo stack). */
  pushRedo(entry: HistoryEntry): void {
    this.stacks(entry.scope).redo.push(entry);
    this.changed();
  }

  /** After a redo: the step to undo again (without clearing the redo stack). */
  pushUndo(entry: HistoryEntry): void {
    this.stacks(entry.scope).undo.push(entry);
    this.changed();
  }

  /** Ends a burst so the next edit starts a new undo step (e.g. when a field loses focus). */
  seal(scope: string): void {
    const top = this.peekUndo(scope);
    if (top?.coalesceKey) {
      const s = this.stacks(scope);
      s.undo[s.undo.length - 1] = { ...top, coalesceKey: undefined };
    }
  }

  clear(): void {
    this.scopes.clear();
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

export const history = new History();
