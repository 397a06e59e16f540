/**
 * Storage problems in plain words. Nothing fails silently: every problem reaches the banner the app
 * shows, and the technical detail is kept for support.
 */
export type StorageProblemKind =
  'quota' | 'blocked' | 'version' | 'closed' | 'unavailable' | 'unknown';

export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
  detail: string;
}

type Listener = (p: StorageProblem) => void;
const listeners = new Set<Listener>();

export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportStorageProblem(problem: StorageProblem): void {
  for (const l of listeners) l(problem);
}

function namesOf(err: unknown): string[] {
  const names: string[] = [];
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const rec = e as { name?: unknown; inner?: unknown };
    if (typeof rec.name === 'string') names.push(rec.name);
    e = rec.inner;
  }
  return names;
}

/** Maps an IndexedDB / Dexie error to a plain-words problem. */
export function describeStorageError(err: unknown): StorageProblem {
  const names = namesOf(err);
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const has = (n: string) => names.includes(n);
  if (has('QuotaExceededError'))
    return {
      kind: 'quota',
      message:
        // A board file is the only copy that survives deleting a board here, so it comes first.
        'This change was not saved: the browser has run out of storage space for Peers & Places. To free space, first save the boards you no longer need here as board files (“Save board to file” on each board’s card, or “Back up every board”, both on the board list), then delete them from this device, and try again.',
      detail,
    };
  if (has('VersionError'))
    return {
      kind: 'version',
      message:
        'Another tab has already opened your boards with a newer version of Peers & Places. Reload this tab to use the newer version; nothing has been lost.',
      detail,
    };
  if (has('DatabaseClosedError') || has('InvalidStateError'))
    return {
      kind: 'closed',
      message:
        'Your boards are closed in this tab (Peers & Places was updated in another tab). Reload this tab to go on; nothing has been lost.',
      detail,
    };
  if (has('MissingAPIError') || has('OpenFailedError') || has('SecurityError'))
    return {
      kind: 'unavailable',
      message:
        'This browser will not let Peers & Places store boards (private browsing or storage blocked). Boards cannot be saved until storage is allowed.',
      detail,
    };
  return {
    kind: 'unknown',
    message: `Something went wrong saving to this device: ${detail}`,
    detail,
  };
}
