import { useEffect, useMemo } from 'react';
import type { BoardContent } from '../../../db/queries';
import { useFilters } from '../../../state/filterStore';
import { applyNetworkFilter, type FilterResult } from '../../../domain/networkFilter';

export interface HiddenByFilter extends FilterResult {
  /** Ids of the people and associations to leave undrawn, in one set for the canvas. */
  hidden: ReadonlySet<string>;
}

/** What the open board's filter hides, recomputed only when the records or the filter change. */
export function useNetworkFilter(content: BoardContent): HiddenByFilter {
  const filter = useFilters((s) => s.filter);
  const { people, associations, memberships } = content;
  const result = useMemo(() => {
    const r = applyNetworkFilter({ people, associations, memberships }, filter);
    return { ...r, hidden: new Set([...r.hiddenPeople, ...r.hiddenAssociations]) };
  }, [people, associations, memberships, filter]);

  // A focus on people who have all been deleted (here, by undo, or in another tab) would hide the
  // whole board with nobody to show it around: end it.
  const focus = filter.focus;
  useEffect(() => {
    if (!focus) return;
    const here = new Set(people.map((p) => p.id));
    if (!focus.centre.some((id) => here.has(id))) useFilters.getState().setFocus(null);
  }, [focus, people]);

  return result;
}
