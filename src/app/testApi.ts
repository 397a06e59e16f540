import { runCommand } from '../commands/bus';
import { boardStoresSettled } from '../db/boardStore';
import { addBoardRecords } from '../commands/boards/addBoardRecords';
import { addPerson } from '../commands/people/addPerson';
import { updatePerson } from '../commands/people/updatePerson';
import { db } from '../db/database';
import { activeNetwork, networkTestHooks } from '../features/network';
import { importTestHooks } from '../features/import';
import { generateBoard } from './seedBoard';
import { timeChecks } from './checksBench';
import { boardFileTestApi } from './testBoardFileApi';
import { meetingTestApi } from './testMeetingApi';
import { analysisTestApi } from './testAnalysisApi';
import { protectionTestApi } from './testProtectionApi';
import type { MapSeed } from './seedMap';
import { waitForDrawn, waitForShown } from './testWaits';

/**
 * Holding back the command that stores a person added on the diagram until the test lets it go,
 * rather than for a time a busy machine may outrun. That command waits on a timer of
 * `networkTestHooks.addPersonDelayMs` (afterNextPaint); a delay this long marks those timers, which
 * are kept here, not set, until `releaseAddPerson`.
 */
const HELD_MS = 2 ** 31 - 1 - 60_000;
const heldWork: (() => void)[] = [];
let timersWatched = false;

function watchTimers(): void {
  if (timersWatched) return;
  timersWatched = true;
  const setTimer = window.setTimeout.bind(window);
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (typeof handler === 'function' && (ms ?? 0) >= HELD_MS) {
      heldWork.push(() => (handler as (...a: unknown[]) => void)(...args));
      return 0;
    }
    return setTimer(handler, ms, ...args);
  }) as typeof window.setTimeout;
}

/**
 * Test-only window API, loaded only when the page URL has `?e2e`. It exists because the canvas
 * hides people from the pointer: tests ask where a person is drawn, then use the real mouse and
 * keyboard. The benchmark also seeds boards through the app's own command bus here.
 */
const api = {
  ...meetingTestApi,
  ...boardFileTestApi,
  ...analysisTestApi,
  ...protectionTestApi,
  /**
   * Holds the CSV import worker's answer for the next file read, until `releaseCsvParse`, so a
   * test can cancel while the file is still being read on a machine of any speed.
   */
  holdCsvParse(): void {
    importTestHooks.holdParse = true;
  },
  /** Lets a held answer go (if any) and stops holding; returns whether one was held. */
  releaseCsvParse(): boolean {
    const release = importTestHooks.release;
    importTestHooks.holdParse = false;
    importTestHooks.release = null;
    release?.();
    return release !== null;
  },
  waitForDrawn,
  waitForShown,
  /**
   * Holds back the command that stores each person added on the diagram from now on, until
   * `releaseAddPerson`, so a test can read what is drawn for them meanwhile.
   */
  holdAddPerson(): void {
    watchTimers();
    networkTestHooks.addPersonDelayMs = HELD_MS;
  },
  /** Lets the held-back commands run, and stops holding; returns how many were waiting. */
  releaseAddPerson(): number {
    networkTestHooks.addPersonDelayMs = 0;
    const work = heldWork.splice(0);
    for (const run of work) run();
    return work.length;
  },
  /** Where a person is drawn, in page (viewport) pixels, or null. */
  nodeScreenPosition(personId: string): { x: number; y: number } | null {
    const p = activeNetwork.handle?.renderedPositionOf(personId);
    const box = activeNetwork.canvas?.querySelector('.network-canvas')?.getBoundingClientRect();
    return p && box ? { x: box.left + p.x, y: box.top + p.y } : null;
  },
  /** The diagram's zoom (names are 17 units: drawn at 17 × zoom CSS pixels), or null. */
  diagramZoom(): number | null {
    return activeNetwork.handle?.zoom() ?? null;
  },
  /** The label drawn for a person on the diagram, or null when they are not drawn. */
  nodeLabel(personId: string): string | null {
    return activeNetwork.handle?.labelOf(personId) ?? null;
  },
  /** Whether a person or association is drawn and not hidden by the filters or the focus. */
  isDrawnVisible(id: string): boolean {
    return activeNetwork.handle?.isShown(id) ?? false;
  },
  /** Whether a person or association is drawn as selected (the presenter window mirrors it). */
  isDrawnSelected(id: string): boolean {
    return activeNetwork.handle?.isSelected?.(id) ?? false;
  },
  /** The part of the diagram on screen, in model coordinates, or null before it is drawn. */
  visibleExtent(): { x1: number; y1: number; x2: number; y2: number } | null {
    return activeNetwork.handle?.visibleExtent?.() ?? null;
  },
  /**
   * Resolves with the wall-clock time (Date.now(), read in the first animation frame in which the
   * diagram draws all of `ids` as selected; checked each frame). Date.now() rather than
   * performance.timeOrigin: a window opened later can have its time origin tens of milliseconds
   * off another's, while the system clock is the same for both.
   */
  frameShowingSelected(ids: readonly string[], timeoutMs = 30_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const give = window.setTimeout(
        () => reject(new Error(`${ids.join(', ')} never drawn selected`)),
        timeoutMs,
      );
      const check = () => {
        const handle = activeNetwork.handle;
        if (handle && ids.every((id) => handle.isSelected?.(id))) {
          window.clearTimeout(give);
          resolve(Date.now());
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  },
  /** A drawn style value of a person, note or association (e.g. 'border-style'), or null. */
  nodeStyle(id: string, property: string): string | null {
    return activeNetwork.handle?.styleOf(id, property) ?? null;
  },
  /**
   * Seeds a deterministic fictional board through the command bus; returns its id. `map` adds
   * places and incidents around the training town.
   */
  async seedBoard(
    seed: number,
    people: number,
    associations: number,
    map?: MapSeed,
  ): Promise<string> {
    const { board, records } = generateBoard(seed, people, associations, map);
    const result = await runCommand(addBoardRecords(board, records, `Add ${board.title}`));
    if (!result.ok) throw new Error(result.message);
    return board.id;
  },
  /** The ids of a board's first `count` people, by id (for the benchmark's two-tab edits). */
  async personIds(boardId: string, count: number): Promise<string[]> {
    const people = await db().people.where('boardId').equals(boardId).limit(count).toArray();
    return people.map((p) => p.id);
  },
  /**
   * Renames a person through the command bus; returns the wall-clock time (ms since the epoch,
   * comparable between tabs) just before the command was run.
   */
  async renamePerson(personId: string, name: string): Promise<number> {
    const person = await db().people.get(personId);
    if (!person) throw new Error(`no person ${personId}`);
    const startedAt = performance.timeOrigin + performance.now();
    const result = await runCommand(updatePerson(person, { displayName: name }));
    if (!result.ok) throw new Error(result.message);
    return startedAt;
  },
  /**
   * Resolves with the wall-clock time of the first animation frame in which the diagram draws
   * `personId` labelled `label` (checked once per frame).
   */
  frameShowingLabel(personId: string, label: string, timeoutMs = 30_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const give = window.setTimeout(
        () => reject(new Error(`${personId} never showed ${label}`)),
        timeoutMs,
      );
      const check = (now: number) => {
        if (activeNetwork.handle?.labelOf(personId) === label) {
          window.clearTimeout(give);
          resolve(performance.timeOrigin + now);
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  },
  /** Times all contextual checks on the generated board (median of `runs`); see checksBench.ts. */
  timeChecks(seed: number, people: number, runs: number): { ms: number; findings: number } {
    return timeChecks(seed, people, runs);
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
        // including any board store still catching up.
        await boardStoresSettled();
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
