import { writeHooks } from './writer';

let loading: Promise<void> | null = null;

/**
 * Fetches erasure (erasure.ts) once and has the writer run it in every later write. Deleting
 * people awaits it; the board page also asks for it when the browser is idle, so that any other
 * write that deletes a person (undoing their creation) finds it installed, without it weighing on
 * the time to draw the first board. A board deleted from the board list takes its whole history
 * with it and needs none.
 */
export const loadErasure = (): Promise<void> =>
  (loading ??= import('./erasure').then((m) => {
    writeHooks.erase = m.eraseDeletedPeople;
  }));
