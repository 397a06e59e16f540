import { chunk, useChunk } from '../../ui/chunk';

// The board list is in the first download; the storage line's code is fetched when it is shown.
const lineChunk = chunk(() => import('./offlineParts'));

/** How much room the boards take on this device; nothing while there is no board. */
export function StorageOnDevice({ boardCount }: { boardCount: number }) {
  const line = useChunk(lineChunk, boardCount > 0);
  return line ? <line.StorageLine boardCount={boardCount} /> : null;
}
