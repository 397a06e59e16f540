import { useEffect, useState } from 'react';
import { useStatus } from '../state/statusStore';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * Loads a module the first time it is `wanted` and keeps it for the rest of the visit, so panels
 * and dialogs a meeting may never open (the actions table, meeting mode, the indicator list) stay
 * out of the download that comes before the first board is drawn. `load` must be a module-level
 * function (it is the cache key). A plain dynamic import rather than React.lazy: Suspense holds
 * back revealing content for a few hundred milliseconds, which a chair would see as a slow button.
 */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(() => (loaded.get(load) as T | undefined) ?? null);
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    load().then(
      (m) => {
        loaded.set(load, m);
        if (live) setModule(() => m);
      },
      (e: unknown) => {
        useStatus.getState().notify({
          tone: 'error',
          text: `Part of the app could not be loaded (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`,
        });
      },
    );
    return () => {
      live = false;
    };
  }, [load, wanted, module]);
  return module;
}
