import { useEffect, useState } from 'react';
import type { ChangeSet } from '../domain/changeSet';
import { subscribeToChanges } from './changeChannel';

/**
 * A read from storage kept current by the change channel: read once, and again whenever a
 * committed change set (from this tab or another) is one `affects` says matters. For what the
 * board store does not hold: the board list, the change log, snapshots, basemap files.
 * `undefined` until the first read for these `deps` has finished.
 */
export function useStoredRead<T>(
  read: () => Promise<T>,
  affects: (changes: ChangeSet) => boolean,
  deps: readonly unknown[],
): T | undefined {
  const [state, setState] = useState<{ deps: readonly unknown[]; value: T } | undefined>();
  useEffect(() => {
    let live = true;
    let latest = 0;
    const reread = () => {
      const ticket = ++latest;
      void read().then(
        (value) => {
          if (live && ticket === latest) setState({ deps, value });
        },
        (err: unknown) => console.error('A stored read failed', err),
      );
    };
    reread();
    const stop = subscribeToChanges((cs) => {
      if (affects(cs)) reread();
    });
    return () => {
      live = false;
      stop();
    };
    // `read` and `affects` are fresh closures each render; `deps` says when they really change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  // Until the read for new deps lands, show nothing rather than the last deps' result.
  return state && sameDeps(state.deps, deps) ? state.value : undefined;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}
