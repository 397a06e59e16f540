import { useSyncExternalStore } from 'react';

/**
 * Whether this tab's writes are saved: commands in flight, when the last one committed, and the
 * last failure. Kept by the write pipe itself (so the command bus needs no UI store); "saved" is
 * shown only once a transaction has committed.
 */
export interface SaveStatus {
  pending: number;
  /** When the last transaction committed (ISO). */
  savedAt: string | null;
  /** The last write failed; cleared by the next successful one. */
  saveError: string | null;
}

let status: SaveStatus = { pending: 0, savedAt: null, saveError: null };
const listeners = new Set<() => void>();

function set(next: SaveStatus): void {
  status = next;
  for (const l of [...listeners]) l();
}

export function saveStarted(): void {
  set({ ...status, pending: status.pending + 1 });
}

/** A write ended: committed at `at`, or failed with a plain-words message. */
export function saveEnded(result: { ok: true; at: string } | { ok: false; message: string }): void {
  const pending = Math.max(0, status.pending - 1);
  set(
    result.ok
      ? { pending, savedAt: result.at, saveError: null }
      : { pending, savedAt: status.savedAt, saveError: result.message },
  );
}

export function saveStatus(): SaveStatus {
  return status;
}

export function subscribeToSaveStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(subscribeToSaveStatus, saveStatus);
}

/** Back to how a tab starts (tests). */
export function resetSaveStatus(): void {
  set({ pending: 0, savedAt: null, saveError: null });
}
