import { useEffect, useRef, type RefObject } from 'react';
import type { NetworkHandle } from '../../../adapters/cytoscape/intents';
import type { BoardContent } from '../../../db/queries';
import { useFilters } from '../../../state/filterStore';
import { useStatus } from '../../../state/statusStore';
import type { HiddenByFilter } from './useNetworkFilter';

/**
 * Each new focus (Focus, F, an agenda step) zooms the diagram to it, legible on a projector: the
 * people shown if their names can be read at that zoom, else the focused people themselves; if
 * even they do not fit at a readable zoom, all of them smaller, and the chair is told that no one
 * is cut off.
 */
export function useFocusZoom(
  handleRef: RefObject<NetworkHandle | null>,
  people: BoardContent['people'],
  filtered: HiddenByFilter,
): void {
  const focus = useFilters((s) => s.filter.focus);
  const latest = useRef({ people, filtered });
  latest.current = { people, filtered };
  useEffect(() => {
    const handle = handleRef.current;
    if (!focus || !handle) return;
    const { people, filtered } = latest.current;
    const shown = people.filter((p) => !filtered.hiddenPeople.has(p.id)).map((p) => p.id);
    const fit = handle.showLegibly(focus.centre, shown);
    if (fit === 'small')
      useStatus.getState().notify({
        tone: 'info',
        text: `All ${focus.centre.length} people in focus are in view, none cut off; their names are small at this size. Zoom in to read them.`,
      });
  }, [focus, handleRef]);
}
