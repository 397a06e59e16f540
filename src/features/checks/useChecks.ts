import { useDeferredValue, useMemo } from 'react';
import type { BoardContent } from '../../db/queries';
import {
  runChecks,
  splitFindings,
  type CheckFinding,
  type CheckRecordRef,
} from '../../domain/checks';
import { todayString } from '../../domain/dates';
import type { Names } from '../names';
import { checkNamer } from './checkNames';

export interface BoardChecks {
  all: CheckFinding[];
  open: CheckFinding[];
  considered: ReturnType<typeof splitFindings>['considered'];
  /** How the findings name records, so the panel's links read the same as the findings. */
  nameOf: (ref: CheckRecordRef) => string;
}

/** The board's contextual checks, recomputed (deferred) whenever the board or the names on screen change. */
export function useChecks(current: BoardContent, currentNames: Names): BoardChecks {
  // The checks follow an edit a moment later, in a render of their own: running them all inside
  // the edit's render held up every command on a large board (they read every record).
  const content = useDeferredValue(current);
  const names = useDeferredValue(currentNames);
  // Listed one by one rather than depending on `content`, which changes with every drag of a node.
  const { board, people, associations, groups, memberships, places, placeLinks } = content;
  const { incidents, actions } = content;
  const nameOf = useMemo(
    () => checkNamer({ board, groups, places, associations, incidents, actions }, names),
    [board, groups, places, associations, incidents, actions, names],
  );
  const findings = useMemo(
    () =>
      runChecks({
        board,
        people,
        associations,
        groups,
        memberships,
        places,
        placeLinks,
        incidents,
        actions,
        nameOf,
        today: todayString(),
      }),
    [
      board,
      people,
      associations,
      groups,
      memberships,
      places,
      placeLinks,
      incidents,
      actions,
      nameOf,
    ],
  );
  return useMemo(() => {
    const split = splitFindings(findings, board.considered);
    return { all: findings, ...split, nameOf };
  }, [findings, board.considered, nameOf]);
}
