/**
 * Fields with a save waiting for a pause in typing. When the tab is hidden or the page is being
 * left, every waiting save starts at once, so text typed just before switching away is written.
 */
const pending = new Set<() => void>();

/** Registers a field's "save now"; returns the call that removes it. */
export function registerPendingSave(saveNow: () => void): () => void {
  pending.add(saveNow);
  return () => pending.delete(saveNow);
}

export function flushPendingSaves(): void {
  for (const saveNow of [...pending]) saveNow();
}

let installed = false;

/** Once per page: save waiting text when the tab is hidden, closed or reloaded. */
export function saveTypingOnHide(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushPendingSaves();
  });
  window.addEventListener('pagehide', flushPendingSaves);
}
