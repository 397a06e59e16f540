import { runCommand } from '../commands/bus';
import { boardReadsSettled } from '../db/boardRows';
import { addBoardRecords } from '../commands/boards/addBoardRecords';
import { addPerson } from '../commands/people/addPerson';
import {
  activeNetwork,
  lastDrawn,
  NETWORK_DRAWN_EVENT,
  type DrawnRecord,
} from '../features/network/activeNetwork';
import { generateBoard } from './seedBoard';

/**
 * Test-only window API, loaded only when the page URL has `?e2e`. It exists because the canvas
 * hides people from the pointer: tests ask where a person is drawn, then use the real mouse and
 * keyboard. The benchmark also seeds boards through the app's own command bus here.
 */
/**
 * Resolves when the board's network has been drawn with at least `minNodes` nodes, at or after
 * `since` (a performance.now() time), so a draw left over from an earlier visit never counts.
 */
function waitForDrawn(
  boardId: string,
  minNodes = 0,
  timeoutMs = 30_000,
  since = -1,
): Promise<DrawnRecord> {
  const fits = (d: DrawnRecord | undefined): d is DrawnRecord =>
    d !== undefined && d.boardId === boardId && d.nodes >= minNodes && d.at >= since;
  return new Promise((resolve, reject) => {
    const done = lastDrawn.get(boardId);
    if (fits(done)) return resolve(done);
    const timer = window.setTimeout(() => {
      window.removeEventListener(NETWORK_DRAWN_EVENT, on);
      reject(new Error(`network ${boardId} not drawn with ${minNodes} nodes`));
    }, timeoutMs);
    const on = () => {
      const d = lastDrawn.get(boardId);
      if (fits(d)) {
        window.clearTimeout(timer);
        window.removeEventListener(NETWORK_DRAWN_EVENT, on);
        resolve(d);
      }
    };
    window.addEventListener(NETWORK_DRAWN_EVENT, on);
  });
}

const api = {
  waitForDrawn,
  /** Where a person is drawn, in page (viewport) pixels, or null. */
  nodeScreenPosition(personId: string): { x: number; y: number } | null {
    const p = activeNetwork.handle?.renderedPositionOf(personId);
    const box = activeNetwork.canvas?.querySelector('.network-canvas')?.getBoundingClientRect();
    return p && box ? { x: box.left + p.x, y: box.top + p.y } : null;
  },
  /** The label drawn for a person on the diagram, or null when they are not drawn. */
  nodeLabel(personId: string): string | null {
    return activeNetwork.handle?.labelOf(personId) ?? null;
  },
  /** Whether a person or association is drawn and not hidden by the filters or the focus. */
  isDrawnVisible(id: string): boolean {
    return activeNetwork.handle?.isShown(id) ?? false;
  },
  /** A drawn style value of a person, note or association (e.g. 'border-style'), or null. */
  nodeStyle(id: string, property: string): string | null {
    return activeNetwork.handle?.styleOf(id, property) ?? null;
  },
  /** Seeds a deterministic fictional board through the command bus; returns its id. */
  async seedBoard(seed: number, people: number, associations: number): Promise<string> {
    const { board, records } = generateBoard(seed, people, associations);
    const result = await runCommand(addBoardRecords(board, records, `Add ${board.title}`));
    if (!result.ok) throw new Error(result.message);
    return board.id;
  },
  /**
   * Runs `count` add-person commands one after another, as a chair adds people one by one: each
   * starts once the previous person is drawn and the page is idle. Returns each command's
   * call-to-commit time.
   */
  async timeAddPeople(boardId: string, count: number, nodesBefore?: number): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      const result = await runCommand(
        addPerson(
          boardId,
          `${boardId}-timed-${i}-${Date.now()}`,
          { displayName: `Timed ${i}` },
          { x: -500 - i * 10, y: -500 },
        ),
      );
      times.push(performance.now() - start);
      if (!result.ok) throw new Error(result.message);
      // Without a diagram open (nodesBefore not given) this times the command bus alone.
      if (nodesBefore !== undefined) {
        await waitForDrawn(boardId, nodesBefore + i + 1, 30_000, start);
        // A person types the next name only after seeing this one: let the page settle first,
        // including the re-read that confirms what was drawn from the commit.
        await boardReadsSettled();
        await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      }
    }
    return times;
  },
};

export type TestApi = typeof api;

export function installTestApi(): void {
  (window as unknown as { __pp: TestApi }).__pp = api;
}
