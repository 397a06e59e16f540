import type { StorageReport } from './storageUse';

/** The parts of `navigator.storage` read here (a fake in tests; missing in old browsers). */
export type StorageApi = Partial<Pick<StorageManager, 'estimate' | 'persisted'>>;

// Chromium's estimate also says how much each kind of store holds (not in the standard typings).
interface DetailedEstimate extends StorageEstimate {
  usageDetails?: { indexedDB?: number };
}

/**
 * How much the boards use, and whether the browser has agreed to keep them. Only reads: the app
 * asks for persistent storage after its first save (requestPersistentStorage in src/db/open.ts).
 * Where Chromium says what the boards' own store holds, that is the figure; elsewhere the total
 * also counts the app's files kept for offline use (about 3 MB).
 */
export async function readDeviceStorage(
  storage: StorageApi | undefined = navigator.storage,
): Promise<StorageReport | null> {
  if (!storage?.estimate) return null;
  const [persisted, estimate] = await Promise.all([
    storage.persisted?.() ?? false,
    storage.estimate() as Promise<DetailedEstimate>,
  ]);
  const boards = estimate.usageDetails?.indexedDB;
  return boards !== undefined
    ? { bytes: boards, boardsOnly: true, persisted }
    : { bytes: estimate.usage ?? 0, boardsOnly: false, persisted };
}
