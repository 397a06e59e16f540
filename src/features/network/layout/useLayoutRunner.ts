import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import {
  LayoutCancelled,
  type LayoutEngine,
} from '../../../adapters/cytoscape/layout/layoutEngine';
import type { LayoutAlgorithm, LayoutStage } from '../../../adapters/cytoscape/layout/types';
import type { NetworkHandle } from '../../../adapters/cytoscape/intents';
import { runCommand } from '../../../commands/bus';
import { applyLayout } from '../../../commands/diagram/applyLayout';
import type { BoardContent } from '../../../db/queries';
import { useStatus } from '../../../state/statusStore';
import { afterNextDraw } from './afterNextDraw';
import { layoutCommandLabel, layoutName } from './layoutChoices';
import { layoutInputOf } from './layoutInput';

export interface RunningLayout {
  algorithm: LayoutAlgorithm;
  people: number;
  stage: LayoutStage;
  /** performance.now() when it started, for the elapsed time. */
  startedAt: number;
}

const notify = (tone: 'info' | 'error', text: string) =>
  useStatus.getState().notify({ tone, text });

/**
 * Runs a layout on the open board: plain data to the engine, the positions it returns written as
 * one undoable command, then the view fitted to the result. A cancel (or leaving the board) before
 * the write starts stops the engine; nothing is written. Once writing, it runs to the end.
 */
export interface LayoutRunner {
  running: RunningLayout | null;
  start: (algorithm: LayoutAlgorithm) => Promise<void>;
  cancel: () => void;
}

export function useLayoutRunner(
  content: BoardContent,
  handleRef: RefObject<NetworkHandle | null>,
  engine: LayoutEngine,
): LayoutRunner {
  const [running, setRunning] = useState<RunningLayout | null>(null);
  const controller = useRef<AbortController | null>(null);
  const latest = useRef(content);
  latest.current = content;

  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const start = useCallback(
    async (algorithm: LayoutAlgorithm) => {
      if (controller.current) return;
      const board = latest.current;
      const input = layoutInputOf(board);
      if (input.nodes.length === 0) {
        notify('info', 'There is nobody on this board to lay out yet. Add people first.');
        return;
      }
      if (input.nodes.every((n) => n.pinned)) {
        notify('info', 'Everyone on this board is pinned, so a layout would move nobody.');
        return;
      }
      const abort = new AbortController();
      controller.current = abort;
      const startedAt = performance.now();
      const show = (stage: LayoutStage) => {
        if (!abort.signal.aborted)
          setRunning({ algorithm, people: input.nodes.length, stage, startedAt });
      };
      show('starting');
      try {
        const positions = await engine.run(input, algorithm, {
          signal: abort.signal,
          onStage: show,
        });
        if (abort.signal.aborted) throw new LayoutCancelled();
        show('saving');
        const boardId = board.board.id;
        const drawn = afterNextDraw(boardId);
        const result = await runCommand(
          applyLayout(
            boardId,
            positions.map((p) => ({ nodeId: p.id, x: p.x, y: p.y })),
            layoutCommandLabel(algorithm),
          ),
        );
        if (!result.ok) {
          notify('error', result.message);
          return;
        }
        const moved = result.changes.length;
        if (moved > 0) await drawn;
        handleRef.current?.fit();
        useStatus.getState().notify(
          moved > 0
            ? {
                tone: 'info',
                text: `Laid out ${moved.toLocaleString('en-GB')} ${moved === 1 ? 'person' : 'people'} (${layoutName(algorithm)}).`,
                undoScope: boardId,
              }
            : { tone: 'info', text: 'Everyone was already in place: nobody moved.' },
        );
      } catch (error) {
        if (error instanceof LayoutCancelled) {
          // Leaving the board also cancels: no message for a board no longer on screen.
          if (mounted.current)
            notify('info', `Layout (${layoutName(algorithm)}) cancelled: nobody was moved.`);
        } else {
          notify(
            'error',
            `The layout could not be run: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      } finally {
        if (controller.current === abort) controller.current = null;
        setRunning(null);
      }
    },
    [engine, handleRef],
  );

  const cancel = useCallback(() => {
    // Once the positions are being written the layout is no longer cancellable.
    if (running?.stage === 'saving') return;
    controller.current?.abort();
  }, [running]);

  return { running, start, cancel };
}
