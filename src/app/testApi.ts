import { runCommand } from '../commands/bus';
import { addBoardRecords } from '../commands/boards/addBoardRecords';
import { addPerson } from '../commands/people/addPerson';
import {
  activeNetwork,
  NETWORK_DRAWN_EVENT,
  type NetworkDrawnDetail,
} from '../features/network/activeNetwork';
import { generateBoard } from './seedBoard';

/**
 * Test-only window API, loaded only when the page URL has `?e2e`. It exists because the canvas
 * hides people from the pointer: tests ask where a person is drawn, then use the real mouse and
 * keyboard. The benchmark also seeds boards through the app's own command bus here.
 */
const lastDrawn = new Map<string, NetworkDrawnDetail & { at: number }>();

function installDrawnListener(): void {
  window.addEventListener(NETWORK_DRAWN_EVENT, (e) => {
    const detail = (e as CustomEvent<NetworkDrawnDetail>).detail;
    lastDrawn.set(detail.boardId, { ...detail, at: performance.now() });
  });
}

function waitForDrawn(
  boardId: string,
  minNodes = 0,
  timeoutMs = 30_000,
): Promise<NetworkDrawnDetail & { at: number }> {
  return new Promise((resolve, reject) => {
    const done = lastDrawn.get(boardId);
    if (done && done.nodes >= minNodes) return resolve(done);
    const timer = window.setTimeout(
      () => reject(new Error(`network ${boardId} not drawn with ${minNodes} nodes`)),
      timeoutMs,
    );
    const on = (e: Event) => {
      const d = (e as CustomEvent<NetworkDrawnDetail>).detail;
      if (d.boardId === boardId && d.nodes >= minNodes) {
        window.clearTimeout(timer);
        window.removeEventListener(NETWORK_DRAWN_EVENT, on);
        resolve({ ...d, at: performance.now() });
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
  /** Seeds a deterministic fictional board through the command bus; returns its id. */
  async seedBoard(seed: number, people: number, associations: number): Promise<string> {
    const { board, records } = generateBoard(seed, people, associations);
    const result = await runCommand(addBoardRecords(board, records, `Add ${board.title}`));
    if (!result.ok) throw new Error(result.message);
    return board.id;
  },
  /** Runs `count` add-person commands one after another; returns each one's call-to-commit time. */
  async timeAddPeople(boardId: string, count: number): Promise<number[]> {
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
    }
    return times;
  },
};

export type TestApi = typeof api;

export function installTestApi(): void {
  installDrawnListener();
  (window as unknown as { __pp: TestApi }).__pp = api;
}
