import {
  lastDrawn,
  lastShown,
  NETWORK_DRAWN_EVENT,
  NETWORK_SHOWN_EVENT,
  type DrawnRecord,
  type ShownRecord,
} from '../features/network';

/** Resolves with a board's record once it fits, checking again on each `event`. */
function waitForRecord<R extends { at: number }>(
  records: ReadonlyMap<string, R>,
  event: string,
  boardId: string,
  fits: (r: R) => boolean,
  timeoutMs: number,
  failure: string,
): Promise<R> {
  return new Promise((resolve, reject) => {
    const now = records.get(boardId);
    if (now && fits(now)) return resolve(now);
    const timer = window.setTimeout(() => {
      window.removeEventListener(event, on);
      reject(new Error(failure));
    }, timeoutMs);
    const on = () => {
      const r = records.get(boardId);
      if (r && fits(r)) {
        window.clearTimeout(timer);
        window.removeEventListener(event, on);
        resolve(r);
      }
    };
    window.addEventListener(event, on);
  });
}

/**
 * Resolves when the board's network has been drawn with at least `minNodes` nodes, at or after
 * `since` (a performance.now() time), so a draw left over from an earlier visit never counts.
 */
export function waitForDrawn(
  boardId: string,
  minNodes = 0,
  timeoutMs = 30_000,
  since = -1,
): Promise<DrawnRecord> {
  return waitForRecord(
    lastDrawn,
    NETWORK_DRAWN_EVENT,
    boardId,
    (d) => d.nodes >= minNodes && d.at >= since,
    timeoutMs,
    `network ${boardId} not drawn with ${minNodes} nodes`,
  );
}

/**
 * Resolves when at least `minPeople` of the board's people are on screen, at or after `since`:
 * drawn by the canvas, or (someone just added) drawn over it until the canvas has caught up.
 * `at` is the frame that first painted them.
 */
export function waitForShown(
  boardId: string,
  minPeople = 0,
  timeoutMs = 30_000,
  since = -1,
): Promise<ShownRecord> {
  return waitForRecord(
    lastShown,
    NETWORK_SHOWN_EVENT,
    boardId,
    (d) => d.people >= minPeople && d.at >= since,
    timeoutMs,
    `network ${boardId} never showed ${minPeople} people`,
  );
}
