/**
 * Offline use and updates: registers the service worker from a chunk of its own once the first
 * screen is up, so neither its code nor its install (which fetches every file of the app) competes
 * with what the first board waits for. That is a second after a board's diagram is first drawn
 * (NETWORK_DRAWN_EVENT in features/network), or five seconds after the page has loaded (the board
 * list; a board opened on its map), whichever comes first. Built apps only: the dev server has none.
 */
export function startOffline(): void {
  // Where there are no service workers, the registration in the chunk says so and stops.
  if (!import.meta.env.PROD) return;
  const startIn = (ms: number) => () =>
    setTimeout(() => void import('./offlineParts').then((m) => m.registerOnce()), ms);
  addEventListener('pp:network-drawn', startIn(1000), { once: true });
  addEventListener('load', startIn(5000));
}
