import { useCallback, useRef, useState } from 'react';
import type { RunResult } from '../../commands/bus';
import { newPerson } from '../../domain/kinds/person';
import { newId } from '../../domain/ids';
import type { Person } from '../../domain/kinds/person';
import { useStatus } from '../../state/statusStore';
import { useUi, type Draft } from '../../state/uiStore';
import { networkTestHooks, reportShown } from './activeNetwork';
import { afterNextPaint } from './afterNextPaint';
import { addPersonAt } from './networkActions';

/** Someone just added, drawn over the canvas until Cytoscape has drawn them itself. */
export interface PendingPerson {
  id: string;
  /** The record as the command will store it, so the drawing follows the same defaults. */
  person: Person;
  /** Where they go, in model units. */
  x: number;
  y: number;
}

/** A new person the command refused: the name box comes back with the name and the reason. */
export interface RefusedPerson {
  /** The draft that reopened the box; once another draft replaces it, this no longer applies. */
  draft: Draft;
  name: string;
  message: string;
}

type AddPerson = (
  boardId: string,
  name: string,
  at: { x: number; y: number },
  id: string,
) => Promise<RunResult>;

/**
 * If a stored person never reaches the canvas (another tab deleted them at once), their stand-in
 * must not stay on screen for ever.
 */
const GIVE_UP_MS = 10_000;

/**
 * Adding a person on a large board: the canvas needs a full redraw (a fifth of a second on a board
 * of thousands) before the new node appears. The person is drawn over the canvas as soon as Enter
 * is pressed and the command runs after that frame is painted; the stand-in goes when Cytoscape
 * draws the real node, or at once if the command is refused.
 *
 * It also keeps the count of people on screen (`reportShown`) that the benchmark and the e2e tests
 * read, counting a stand-in from the frame that painted it.
 */
export function usePendingPeople(
  boardId: string,
  endDraft: () => void,
  add: AddPerson = addPersonAt,
) {
  const [pending, setPending] = useState<readonly PendingPerson[]>([]);
  const [refused, setRefused] = useState<RefusedPerson | null>(null);
  // Read from animation frames and canvas draws, between renders: refs, not state.
  const live = useRef<readonly PendingPerson[]>([]);
  const painted = useRef(new Set<string>());
  const canvasPeople = useRef(0);

  const report = useCallback(() => {
    const standIns = live.current.filter((p) => painted.current.has(p.id)).length;
    reportShown(boardId, canvasPeople.current + standIns);
  }, [boardId]);

  const drop = useCallback(
    (id: string) => {
      if (!live.current.some((p) => p.id === id)) return;
      live.current = live.current.filter((p) => p.id !== id);
      painted.current.delete(id);
      setPending(live.current);
      report();
    },
    [report],
  );

  const start = useCallback(
    (name: string, at: { x: number; y: number }) => {
      const id = newId();
      const person = newPerson(id, boardId, { displayName: name });
      live.current = [...live.current, { id, person, x: at.x, y: at.y }];
      setPending(live.current);
      setRefused(null);
      endDraft();
      const store = async () => {
        let result: RunResult;
        try {
          result = await add(boardId, name, at, id);
        } catch {
          // The bus reports its own failures as results; anything else must not leave a stand-in.
          result = { ok: false, message: 'The new person could not be saved. Try again.' };
        }
        if (result.ok) {
          window.setTimeout(() => drop(id), GIVE_UP_MS);
          return;
        }
        drop(id);
        const ui = useUi.getState();
        // Another box is open by now: do not take it away; say what went wrong instead.
        if (ui.draft) {
          useStatus.getState().notify({ tone: 'error', text: result.message });
          return;
        }
        const draft: Draft = { kind: 'new-person', x: at.x, y: at.y };
        setRefused({ draft, name, message: result.message });
        ui.setDraft(draft);
      };
      afterNextPaint(() => void store(), networkTestHooks.addPersonDelayMs);
    },
    [boardId, endDraft, add, drop],
  );

  /** A stand-in's first frame has been painted: the person is on screen from now. */
  const paintedStandIn = useCallback(
    (id: string) => {
      if (!live.current.some((p) => p.id === id)) return;
      painted.current.add(id);
      report();
    },
    [report],
  );

  /**
   * Cytoscape has drawn `people` people. Those it now holds are on the canvas, so their stand-ins
   * go (the canvas frame just drawn already shows them).
   */
  const canvasDrawn = useCallback(
    (people: number, onCanvas: (id: string) => boolean) => {
      canvasPeople.current = people;
      const arrived = live.current.filter((p) => onCanvas(p.id)).map((p) => p.id);
      if (arrived.length > 0) {
        live.current = live.current.filter((p) => !arrived.includes(p.id));
        for (const id of arrived) painted.current.delete(id);
      }
      report();
      if (arrived.length > 0) setPending(live.current);
    },
    [report],
  );

  return { pending, refused, start, paintedStandIn, canvasDrawn };
}
