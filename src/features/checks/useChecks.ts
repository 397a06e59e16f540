import { useMemo } from 'react';
import type { BoardContent } from '../../db/queries';
import { runChecks, splitFindings, type CheckFinding } from '../../domain/checks';
import { todayString } from '../../domain/dates';
import type { Names } from '../names/useNames';
import { checkNamer } from './checkNames';

export interface BoardChecks {
  all: CheckFinding[];
  open: CheckFinding[];
  considered: ReturnType<typeof splitFindings>['considered'];
}

/** The board's contextual checks, recomputed whenever the board or the names on screen change. */
export function useChecks(content: BoardContent, names: Names): BoardChecks {
  const {
    board,
    people,
    associations,
    groups,
    memberships,
    places,
    placeLinks,
    incidents,
    actions,
  } = content;
  const findings = useMemo(() => {
    const nameOf = checkNamer({ board, groups, places, associations, incidents, actions }, names);
    return runChecks({
      board,
      people,
      associations,
      groups,
      memberships,
      places,
      placeLinks,
      incidents,
      actions,
      today: todayString(),
      nameOf,
    });
  }, [
    board,
    people,
    associations,
    groups,
    memberships,
    places,
    placeLinks,
    incidents,
    actions,
    names,
  ]);
  return useMemo(() => {
    const split = splitFindings(findings, board.considered);
    return { all: findings, ...split };
  }, [findings, board.considered]);
}
