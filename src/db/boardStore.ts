import { applyChange, type ChangeSet, type Fields } from '../domain/changeSet';
import type { Board } from '../domain/kinds/board';
import type { AnyRecord } from '../domain/kinds';
import { subscribeToChanges } from './changeChannel';
import { buildContent, shownTables, type BoardContent, type ShownTable } from './boardContent';
import { db } from './database';
import { checkLoaded, type QuarantinedRecord } from './loadValidation';

/** How long a gap in the version sequence may last before the store re-reads the board. */
const GAP_WAIT_MS = 400;

type Rows = Map<string, AnyRecord>;

/**
 * One board in memory: read once from storage, then kept current by applying every committed
 * change set in version order, whatever its origin (this tab, undo, redo, another tab). Every view,
 * the checks and the save status read it; nothing re-reads the board after an edit. If a change
 * set goes missing (a gap in the versions), the store reads the board again.
 */
export class BoardStore {
  private content: BoardContent | null | undefined = undefined;
  private version = 0;
  private tables = new Map<ShownTable, Rows>();
  private board: Board | null = null;
  private quarantined: QuarantinedRecord[] = [];
  /** The board's own record when it is stored but fails its schema: the board is damaged, not gone. */
  private damaged: QuarantinedRecord | null = null;
  private loading: Promise<void> | null = null;
  private waiting: ChangeSet[] = [];
  private gapTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();
  private stopListening: () => void;
  users = 0;

  constructor(readonly boardId: string) {
    this.stopListening = subscribeToChanges((cs) => this.receive(cs));
    this.loading = this.load();
  }

  /** The board's records as views read them: undefined while loading, null when it is gone. */
  get = (): BoardContent | null | undefined => this.content;

  /** When `get()` is null: the board's record kept aside as damaged, or null when none is stored. */
  damagedRecord = (): QuarantinedRecord | null => (this.board ? null : this.damaged);

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves once the store is loaded and holds every change set it has heard of. */
  settled(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  dispose(): void {
    this.stopListening();
    clearTimeout(this.gapTimer);
    this.listeners.clear();
  }

  private async load(): Promise<void> {
    const d = db();
    const read = await d.transaction(
      'r',
      [d.boards, d.clocks, ...shownTables.map((t) => d.table(t))],
      async () => {
        const board = await d.boards.get(this.boardId);
        const clock = await d.clocks.get(this.boardId);
        const rows = await Promise.all(
          shownTables.map((t) => d.table_(t).where('boardId').equals(this.boardId).toArray()),
        );
        return { board, version: clock?.version ?? 0, rows };
      },
    );
    const quarantined: QuarantinedRecord[] = [];
    const [board] = read.board ? checkLoaded('boards', [read.board], quarantined) : [];
    this.board = board ?? null;
    this.damaged = read.board && !board ? (quarantined[0] ?? null) : null;
    this.tables = new Map(
      shownTables.map((t, i) => {
        const good = checkLoaded(t, read.rows[i] as never[], quarantined) as AnyRecord[];
        return [t, new Map(good.map((r) => [r.id, r]))];
      }),
    );
    this.quarantined = quarantined;
    this.version = read.version;
    this.loading = null;
    const pending = this.waiting;
    this.waiting = [];
    for (const cs of pending) this.receive(cs, false);
    this.publish(new Set(shownTables));
  }

  private receive(cs: ChangeSet, notify = true): void {
    if (cs.boardId !== this.boardId) return;
    if (this.loading) {
      this.waiting.push(cs);
      return;
    }
    if (cs.version <= this.version) return;
    if (cs.version > this.version + 1) {
      // Another tab's change set overtook one still on its way: hold it until the gap fills.
      this.waiting.push(cs);
      clearTimeout(this.gapTimer);
      this.gapTimer = setTimeout(() => this.reloadIfGap(), GAP_WAIT_MS);
      return;
    }
    const touched = this.apply(cs);
    if (notify) this.publish(touched);
  }

  private nextWaiting(): ChangeSet | undefined {
    const i = this.waiting.findIndex((w) => w.version === this.version + 1);
    if (i < 0) return undefined;
    return this.waiting.splice(i, 1)[0];
  }

  private reloadIfGap(): void {
    if (this.waiting.length === 0 || this.loading) return;
    this.waiting = [];
    this.loading = this.load();
  }

  /** Applies one change set (and any waiting ones it unblocks); returns the tables it touched. */
  private apply(
    cs: ChangeSet,
    touched = new Set<ShownTable | 'boards'>(),
  ): Set<ShownTable | 'boards'> {
    for (const c of cs.changes) {
      if (c.table === 'boards') {
        if (c.id !== this.boardId) continue;
        this.board = (applyChange(this.board as unknown as Fields, c) as unknown as Board) ?? null;
        touched.add('boards');
        continue;
      }
      const rows = this.tables.get(c.table as ShownTable);
      if (!rows) continue;
      const next = applyChange(rows.get(c.id), c);
      if (next) rows.set(c.id, next as unknown as AnyRecord);
      else rows.delete(c.id);
      touched.add(c.table as ShownTable);
    }
    this.version = cs.version;
    const next = this.nextWaiting();
    return next ? this.apply(next, touched) : touched;
  }

  private publish(touched: Set<ShownTable | 'boards'>): void {
    if (touched.size === 0 && this.content !== undefined) return;
    this.content = buildContent(this.board, this.tables, this.quarantined, this.content, touched);
    for (const listener of [...this.listeners]) listener();
  }
}

const stores = new Map<string, BoardStore>();

/** The store of a board, made on first use and shared by every view of it in this tab. */
export function boardStore(boardId: string): BoardStore {
  let store = stores.get(boardId);
  if (!store) {
    store = new BoardStore(boardId);
    stores.set(boardId, store);
  }
  return store;
}

/** Called by a view that stops showing a board: the last one out frees the memory. */
export function releaseBoardStore(store: BoardStore): void {
  if (store.users > 0) return;
  if (stores.get(store.boardId) === store) stores.delete(store.boardId);
  store.dispose();
}

/** Resolves once every open board store has loaded and caught up. */
export async function boardStoresSettled(): Promise<void> {
  await Promise.all([...stores.values()].map((s) => s.settled()));
}

/** Drops every store (tests switch databases between cases). */
export function resetBoardStores(): void {
  for (const store of stores.values()) store.dispose();
  stores.clear();
}
