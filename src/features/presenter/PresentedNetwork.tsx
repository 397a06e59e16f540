import { useEffect, useMemo, useRef } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { NetworkCanvas } from '../../adapters/cytoscape/NetworkCanvas';
import type { BoardContent } from '../../db/queries';
import { todayString } from '../../domain/dates';
import { placesLinkedTo, subjectsLinkedTo } from '../../domain/linkedPlaces';
import { sizeKeyOf, useSizeBy } from '../../state/sizeByStore';
import { useUi } from '../../state/uiStore';
import { useViews } from '../../state/viewStore';
import { networkBadges } from '../actions';
import type { Names } from '../names';
import {
  activeNetwork,
  lastDrawn,
  NETWORK_DRAWN_EVENT,
  useNetworkFilter,
  useNetworkModel,
} from '../network';
import type { Extent } from './protocol';

const ignore = () => undefined;

/**
 * The chair's diagram, drawn read-only for the projector: the same model under presenter-safe
 * names, the chair's selection, filters and focus, and the part of the diagram the chair sees.
 * Pointer and keys do nothing here (CSS turns the pointer off; no shortcuts are bound).
 */
export function PresentedNetwork({
  content,
  names,
  extent,
}: {
  content: BoardContent;
  names: Names;
  extent: Extent | null;
}) {
  const handleRef = useRef<NetworkHandle | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const boardId = content.board.id;
  const { people, memberships, placeLinks, actions } = content;
  const showPlaces = useViews((s) => s.showPlaces);
  const selection = useUi((s) => s.selection);
  const model = useNetworkModel(content, names);
  const badges = useMemo(() => networkBadges(actions, todayString()), [actions]);
  const filtered = useNetworkFilter(content);
  // People sized as the chair sized them (PresenterPage follows the chair's sizing).
  const sizing = useSizeBy();
  const sizeKey = sizeKeyOf(sizing);
  const linked = useMemo(() => {
    const sources = { placeLinks, memberships };
    const subjects = subjectsLinkedTo(selection.places, sources);
    const ids = new Set<string>(subjects.people);
    for (const id of selection.places) ids.add(id);
    if (showPlaces) for (const id of placesLinkedTo(selection, sources)) ids.add(id);
    return { ids, groups: [...subjects.groups] };
  }, [selection, placeLinks, memberships, showPlaces]);

  const latestExtent = useRef(extent);
  latestExtent.current = extent;
  useEffect(() => {
    if (extent) handleRef.current?.showExtent?.(extent);
  }, [extent]);
  // The projector's window is resized (or the network shown again after the map alone): the chair's
  // view is fitted again, once the canvas has taken its new size (the same frame, just after).
  useEffect(() => {
    const box = wrapRef.current;
    if (!box) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const at = latestExtent.current;
        if (at && box.clientWidth > 0 && box.clientHeight > 0) handleRef.current?.showExtent?.(at);
      });
    });
    observer.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    activeNetwork.boardId = boardId;
    activeNetwork.canvas = wrapRef.current;
    return () => {
      activeNetwork.boardId = null;
      activeNetwork.canvas = null;
      activeNetwork.handle = null;
    };
  }, [boardId]);

  const onDrawn = (counts: { nodes: number; edges: number }) => {
    const handle = handleRef.current;
    activeNetwork.handle = handle;
    if (latestExtent.current) handle?.showExtent?.(latestExtent.current);
    wrapRef.current?.setAttribute('data-drawn-nodes', String(counts.nodes));
    lastDrawn.set(boardId, { boardId, ...counts, at: performance.now() });
    window.dispatchEvent(new CustomEvent(NETWORK_DRAWN_EVENT, { detail: { boardId, ...counts } }));
  };

  return (
    <div className="canvas-wrap presenter-canvas" ref={wrapRef}>
      <NetworkCanvas
        model={model}
        selectedPeople={selection.people}
        selectedAssociations={selection.associations}
        selectedGroups={selection.groups}
        selectedNotes={selection.annotations}
        linkMode={false}
        large={people.length > 400}
        hidden={filtered.hidden}
        linked={linked.ids}
        linkedGroups={linked.groups}
        badges={badges}
        sizes={sizing.sizes}
        onIntent={ignore}
        onDrawn={onDrawn}
        handleRef={handleRef}
        label={`Presented network of ${people.length} ${people.length === 1 ? 'person' : 'people'}`}
      />
      {sizeKey && <p className="size-key">{sizeKey}</p>}
    </div>
  );
}
