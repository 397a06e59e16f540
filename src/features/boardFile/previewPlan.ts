import { planOpen, type OpenChoice, type OpenPlan } from '../../domain/formats/boardFile/openPlans';
import { effectivePolicy } from '../../domain/naming';
import type { NamePolicy } from '../../domain/vocabulary';
import type { PreparedBoard } from './openFlow';

/** The plan shown before confirming. A copy's ids are placeholders here: only counts are shown. */
export function previewPlan(board: PreparedBoard, choice: OpenChoice): OpenPlan {
  let n = 0;
  return planOpen(choice, board.incoming, board.here, {
    boardId: 'preview',
    makeId: () => `preview-${n++}`,
  });
}

/** How people are named in a preview: the board's policy here (else the file's), and presenter-safe. */
export const previewPolicy = (board: PreparedBoard, presenterSafe: boolean): NamePolicy =>
  effectivePolicy((board.here?.board ?? board.incoming.board).namePolicy, presenterSafe);
