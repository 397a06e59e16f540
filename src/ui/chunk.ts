import { useEffect, useState } from 'react';
import { useStatus } from '../state/statusStore';

/** A part of the app built as a chunk of its own, fetched once (from this app's own files). */
export interface Chunk<T> {
  /** Starts the fetch (or joins the one under way); safe to call as often as wanted. */
  load: () => Promise<T>;
  /** What was fetched, once it has been: a later visit then renders at once. */
  loaded: () => T | null;
}

export function chunk<T>(importer: () => Promise<T>): Chunk<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () =>
      (loading ??= importer().then((m) => {
        loaded = m;
        return m;
      })),
    loaded: () => loaded,
  };
}

/**
 * A chunk's content: null until it arrives, fetched the first time it is `wanted` (a route, or a
 * panel or dialog when it first opens, so what a meeting may never use stays out of the download
 * before the first board is drawn). Not React.lazy: a Suspense fallback is held on screen for about
 * 300 ms by React even when the chunk is already there, which a chair would see as a slow button.
 */
export function useChunk<T>(part: Chunk<T>, wanted = true): T | null {
  const [got, setGot] = useState<T | null>(() => part.loaded());
  useEffect(() => {
    if (got || !wanted) return;
    let live = true;
    part.load().then(
      (m) => live && setGot(() => m),
      (e: unknown) =>
        useStatus.getState().notify({
          tone: 'error',
          text: `Part of the app could not be loaded (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`,
        }),
    );
    return () => {
      live = false;
    };
  }, [part, got, wanted]);
  return got;
}
