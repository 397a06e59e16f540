import { useEffect, useState } from 'react';

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
 * A chunk's content for a route: null until it arrives. Not React.lazy: a Suspense fallback is held
 * on screen for about 300 ms by React even when the chunk is already there.
 */
export function useChunk<T>(part: Chunk<T>): T | null {
  const [got, setGot] = useState<T | null>(() => part.loaded());
  useEffect(() => {
    if (got) return;
    let live = true;
    void part.load().then((m) => live && setGot(() => m));
    return () => {
      live = false;
    };
  }, [part, got]);
  return got;
}
