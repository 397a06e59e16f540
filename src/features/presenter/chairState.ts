import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { useFilters } from '../../state/filterStore';
import { useIncidentFilter } from '../../state/incidentFilterStore';
import { useMeetingUi } from '../../state/meetingStore';
import { useSizeBy } from '../../state/sizeByStore';
import { useUi } from '../../state/uiStore';
import { useViews } from '../../state/viewStore';
import { useMapArea } from '../map';
import type { ChairState } from './protocol';

/** What the chair's window shows now, read from its stores and its diagram. */
export function readChairState(boardId: string, handle: NetworkHandle | null): ChairState {
  const views = useViews.getState();
  const mapArea = useMapArea.getState().shown;
  const { measure, sizes } = useSizeBy.getState();
  const { from, to } = useIncidentFilter.getState().filter;
  return {
    boardId,
    views: views.views,
    showPlaces: views.showPlaces,
    selection: useUi.getState().selection,
    filter: useFilters.getState().filter,
    step: useMeetingUi.getState().step,
    extent: handle?.visibleExtent?.() ?? null,
    mapArea: mapArea?.boardId === boardId ? mapArea : null,
    sizing: measure && sizes.size > 0 ? { measure, sizes: Object.fromEntries(sizes) } : null,
    period: { from, to },
  };
}

/** Calls `changed` whenever anything the presenter follows changes in the chair's stores. */
export function onChairChange(changed: () => void): () => void {
  const off = [
    useUi.subscribe((s, prev) => {
      if (s.selection !== prev.selection) changed();
    }),
    useViews.subscribe((s, prev) => {
      if (s.views !== prev.views || s.showPlaces !== prev.showPlaces) changed();
    }),
    useFilters.subscribe((s, prev) => {
      if (s.filter !== prev.filter) changed();
    }),
    useIncidentFilter.subscribe((s, prev) => {
      if (s.filter.from !== prev.filter.from || s.filter.to !== prev.filter.to) changed();
    }),
    useMeetingUi.subscribe((s, prev) => {
      if (s.step !== prev.step) changed();
    }),
    useSizeBy.subscribe((s, prev) => {
      if (s.sizes !== prev.sizes) changed();
    }),
  ];
  return () => off.forEach((f) => f());
}
