/**
 * Offline use and updates: registers the service worker once the page has loaded, from a chunk of
 * its own, so nothing is added to what the first board waits for. Built apps only: the dev server
 * has no service worker.
 */
export function startOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener(
    'load',
    () => void import('./serviceWorker').then((m) => m.registerServiceWorker()),
  );
}
