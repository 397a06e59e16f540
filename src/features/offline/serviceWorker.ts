/** The parts of `navigator.serviceWorker` used here (a fake in tests). */
export type WorkerContainer = Pick<
  ServiceWorkerContainer,
  'register' | 'controller' | 'addEventListener'
>;

interface Options {
  workers?: WorkerContainer;
  reload?: () => void;
  /** Shows the notice, whose button calls `apply`; loaded only once an update waits. */
  showNotice?: (apply: () => void) => void;
  base?: string;
}

const HOUR_MS = 60 * 60 * 1000;

const showNoticeChunk = (apply: () => void) =>
  void import('./showUpdateNotice').then((m) => m.showUpdateNotice(apply));

/**
 * Registers the service worker (built by vite-plugin-pwa: vite.pwa.ts) and offers a new version
 * when one is waiting. The first install takes over at once (nothing older is running); an update
 * waits until the user chooses "Reload to update", so a page in a meeting never reloads by itself.
 */
export async function registerServiceWorker({
  workers = navigator.serviceWorker,
  reload = () => window.location.reload(),
  showNotice = showNoticeChunk,
  base = import.meta.env.BASE_URL,
}: Options = {}): Promise<void> {
  let registration: ServiceWorkerRegistration | undefined;
  try {
    // Throws where the browser has no service workers (`workers` undefined) or refuses them.
    registration = await workers.register(`${base}sw.js`, { scope: base });
  } catch {
    return; // e.g. a private window that allows no service worker: the app works online as before
  }
  // Undefined where registration is blocked (the automated tests block it but for offline.spec).
  if (!registration) return;
  const reg = registration;
  const offerWaiting = () => {
    if (reg.waiting && workers.controller) showNotice(() => applyUpdate(reg, workers, reload));
  };

  offerWaiting();
  reg.addEventListener('updatefound', () => {
    const incoming = reg.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed') offerWaiting();
    });
  });
  // Another tab chose to update: this tab still runs the old version, whose files are no longer
  // kept offline, so it is offered the same reload (the first install changes no older version).
  const hadController = Boolean(workers.controller);
  workers.addEventListener('controllerchange', () => {
    if (hadController) showNotice(reload);
  });
  // An installed app can stay open for days without a navigation (when browsers look for a new
  // version): look again when it comes back into view, at most once an hour (registering has just
  // looked). Offline, the look simply fails.
  let lastLook = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastLook < HOUR_MS) return;
    lastLook = Date.now();
    reg.update().catch(() => undefined);
  });
}

let registered: Promise<void> | undefined;

/** The page registers once, whichever of its triggers (startOffline.ts) comes first. */
export const registerOnce = () => (registered ??= registerServiceWorker());

function applyUpdate(reg: ServiceWorkerRegistration, workers: WorkerContainer, reload: () => void) {
  const waiting = reg.waiting;
  // Another tab has already moved to the new version: a reload is all this tab needs.
  if (!waiting) return reload();
  workers.addEventListener('controllerchange', reload, { once: true });
  // Workbox's generated worker activates on this message (registerType 'prompt').
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
