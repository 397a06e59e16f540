import type { Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { toElements } from './elements';
import { farEdgeStyle } from './farEdges';
import { cancellableDrag, notesFollowPeople, tapToLink } from './gestures';
import { gatherMoves } from './moveGestures';
import { createHandle } from './handle';
import { pixelRatioOf, withoutLayerCache } from './renderer';
import { personLabelShownAt } from './labelFit';
import { DEFER_LABELS_OVER, splitLabelChanges } from './labelChanges';
import type { LabelQueue } from './labelQueue';
import { loadSpread } from './loadSpread';
import { createHullLayer, type HullLayer } from './hulls';
import { createBadgeLayer, type BadgeLayer } from './actionBadges';
import { useContainerResize } from './useContainerResize';
import { useFilterClasses } from './useFilterClasses';
import { useMarkedClass } from './useMarkedClass';
import { useSelectionMirror } from './useSelectionMirror';
import { useSizedBy } from './useSizedBy';
import { rememberShownSize } from './shownSize';
import { fitViewport } from './viewport';
import { attachEdgeHandles, type EdgeHandles } from './extensions';
import {
  NO_BADGES,
  NO_GROUPS,
  NO_OUTLINES,
  NO_SIZES,
  NONE,
  type NetworkCanvasProps as Props,
} from './networkCanvasProps';
import type { NetworkIntent } from './intents';
import { FAR_ZOOM, networkStylesheet } from './style';

const stylesheet = networkStylesheet();
// Elements are built once per record version (elements.ts), so an unchanged element is the same
// object: comparing by identity spares react-cytoscapejs a deep diff of thousands on every render.
const identityDiff = (a: unknown, b: unknown) => a !== b;

/**
 * The only place the network diagram touches Cytoscape. Records arrive as a plain model and are
 * diff-applied by id (react-cytoscapejs patches against the previous props); gestures leave as
 * typed intents. Nothing is written mid-gesture.
 */
export function NetworkCanvas(props: Props) {
  const {
    model,
    selectedPeople,
    selectedAssociations,
    selectedGroups,
    selectedNotes,
    linkMode,
    large,
    hidden,
    linked = NONE,
    linkedGroups = NO_GROUPS,
    changed = NONE,
    suggestedGroups = NO_OUTLINES,
    badges = NO_BADGES,
    sizes = NO_SIZES,
    handleRef,
    label,
    describedBy,
  } = props;
  const cyRef = useRef<Core | null>(null);
  const ehRef = useRef<EdgeHandles | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const hullsRef = useRef<HullLayer | null>(null);
  const badgeHostRef = useRef<HTMLDivElement>(null);
  const badgesRef = useRef<BadgeLayer | null>(null);
  const cleanups = useRef<(() => void)[]>([]);
  const latest = useRef(props);
  latest.current = props;
  const mirroring = useRef(false);
  const far = useRef(false);
  // The first view fits the board, computed from positions before Cytoscape exists (see viewport.ts);
  // edges start with the right near/far class so nothing is styled twice on open.
  const [initial, setInitial] = useState<{
    zoom: number;
    pan: { x: number; y: number };
    far: boolean;
  } | null>(null);
  useLayoutEffect(() => {
    if (initial || !wrapRef.current) return;
    const box = wrapRef.current.getBoundingClientRect();
    const v = fitViewport(model.people, box.width, box.height);
    setInitial({ ...v, far: v.zoom < FAR_ZOOM });
  }, [initial, model.people]);
  const initialFar = initial?.far ?? false;
  // Many names changing at once (presenter-safe on a large board) reach the canvas through the
  // label queue, over several tasks; everything else is patched by react-cytoscapejs at once.
  const handed = useRef<ReadonlyMap<string, ElementDefinition>>(new Map());
  const labelsRef = useRef<LabelQueue | null>(null);
  const { elements, labels } = useMemo(() => {
    const next = toElements(model, initialFar ? 'far' : '');
    const split = splitLabelChanges(handed.current, next, (n) => n > DEFER_LABELS_OVER);
    handed.current = new Map(split.elements.map((e) => [e.data.id as string, e]));
    return split;
  }, [model, initialFar]);
  const wantedLabels = useRef(labels);
  useLayoutEffect(() => {
    wantedLabels.current = labels;
    if (labelsRef.current) return labelsRef.current.want(labels);
    const cy = cyRef.current;
    if (!cy || labels.size === 0) return;
    // Tests and the benchmark wait for `data-labels-pending="0"`: every name drawn as wanted.
    const pending = (n: number) => wrapRef.current?.setAttribute('data-labels-pending', String(n));
    pending(labels.size);
    void loadSpread().then(({ createLabelQueue }) => {
      if (cyRef.current !== cy || cy.destroyed()) return;
      labelsRef.current ??= createLabelQueue(cy, pending, () =>
        personLabelShownAt(cy.zoom(), pixelRatioOf(cy)),
      );
      labelsRef.current.want(wantedLabels.current);
    });
  }, [labels]);

  const attach = (cy: Core) => {
    // react-cytoscapejs calls this after every update: attach handlers only once per instance.
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    rememberShownSize(cy, cy.width(), cy.height());
    if (latest.current.large) withoutLayerCache(cy);
    const emit = (i: NetworkIntent) => latest.current.onIntent(i);

    cy.on('dbltap', (e: EventObject) => {
      const node = e.target as NodeSingular;
      if (e.target === cy) emit({ type: 'canvas/doubleClicked', x: e.position.x, y: e.position.y });
      else if (node.isNode?.() && node.hasClass('note'))
        emit({ type: 'note/doubleClicked', noteId: node.id() });
      // With the link tool on, two quick taps on two people are a link, not a rename (Cytoscape
      // reports a double tap even when the taps land on different nodes).
      else if (node.isNode?.() && !latest.current.linkMode)
        emit({ type: 'node/doubleClicked', nodeId: node.id() });
    });
    cy.on('tap', (e: EventObject) => {
      if (e.target !== cy) return;
      emit({ type: 'background/tapped', groupId: hullsRef.current?.groupAt(e.position) ?? null });
    });
    if (svgRef.current) {
      const hulls = createHullLayer(cy, svgRef.current);
      hullsRef.current = hulls;
      cleanups.current.push(() => hulls.destroy());
    }
    if (badgeHostRef.current) {
      const layer = createBadgeLayer(cy, badgeHostRef.current);
      badgesRef.current = layer;
      cleanups.current.push(() => layer.destroy());
    }
    const drag = cancellableDrag(cy);
    const taps = tapToLink(
      cy,
      () => latest.current.linkMode,
      (fromId, toId) => emit({ type: 'link/drawn', fromId, toId }),
    );
    cleanups.current.push(
      () => drag.destroy(),
      () => taps.destroy(),
      notesFollowPeople(cy),
    );
    cy.on('tapstart', () => wrapRef.current?.focus({ preventScroll: true }));

    let selectionQueued = false;
    cy.on('select unselect', () => {
      if (selectionQueued) return;
      selectionQueued = true;
      queueMicrotask(() => {
        selectionQueued = false;
        // Changes we made ourselves to mirror the app's selection are not the user's gesture; echoing
        // them back would drop ids the canvas does not have yet (a link just created).
        if (mirroring.current) return;
        const ids = (els: { map: (f: (e: NodeSingular | EdgeSingular) => string) => string[] }) =>
          els.map((e) => e.id());
        emit({
          type: 'selection/changed',
          people: ids(cy.nodes('.person:selected')),
          associations: ids(cy.edges(':selected').not('.eh-ghost, .eh-preview')),
          annotations: ids(cy.nodes('.note:selected')),
          places: ids(cy.nodes('.place:selected')),
        });
      });
    });

    cleanups.current.push(gatherMoves(cy, () => drag.cancelled(), emit));

    // Drag-to-link arrives once the board is drawn (extensions.ts); the container says when it
    // is ready, and the Link tool turned on before then takes effect as soon as it is.
    const linking = () =>
      void attachEdgeHandles(cy, (fromId, toId) => emit({ type: 'link/drawn', fromId, toId })).then(
        (eh) => {
          if (!eh || cyRef.current !== cy) return eh?.destroy();
          ehRef.current = eh;
          if (latest.current.linkMode) eh.enableDrawMode();
          wrapRef.current?.setAttribute('data-link-ready', 'true');
        },
      );
    cy.one('render', () => setTimeout(linking, 0));

    cleanups.current.push(farEdgeStyle(cy, far));

    handleRef.current = createHandle(cy, () => latest.current.model);
  };

  useEffect(() => {
    const eh = ehRef.current;
    if (!eh) return;
    if (linkMode) eh.enableDrawMode();
    else eh.disableDrawMode();
  }, [linkMode]);

  useSelectionMirror(
    cyRef,
    mirroring,
    [selectedPeople, selectedAssociations, selectedNotes],
    elements,
    initial,
  );

  // Group outlines follow the model's groups (and any suggested ones) and the selection.
  useLayoutEffect(() => {
    hullsRef.current?.setGroups(
      suggestedGroups.length === 0 ? model.groups : [...model.groups, ...suggestedGroups],
      linkedGroups.length === 0 ? selectedGroups : [...selectedGroups, ...linkedGroups],
    );
  }, [model.groups, suggestedGroups, selectedGroups, linkedGroups, elements, initial]);
  useMarkedClass(cyRef, 'linked', linked, elements, initial);
  useMarkedClass(cyRef, 'changed', changed, elements, initial);
  useSizedBy(cyRef, sizes, elements, initial);
  useLayoutEffect(() => badgesRef.current?.set(badges), [badges, elements, initial]);

  // Report when the elements are on screen (the next frame Cytoscape draws), and fit once. A layout
  // effect: it runs in the same task as react-cytoscapejs's patch, before any frame can be drawn.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const report = () =>
      latest.current.onDrawn({ nodes: cy.nodes('.person').length, edges: cy.edges().length });
    cy.one('render', report);
    return () => {
      cy.off('render', report);
    };
  }, [elements, initial]);

  useFilterClasses(cyRef, wrapRef, hidden, elements, initial);
  useContainerResize(cyRef, wrapRef);

  useEffect(
    () => () => {
      ehRef.current?.destroy();
      cleanups.current.forEach((c) => c());
      cleanups.current = [];
      hullsRef.current = null;
      labelsRef.current?.destroy();
      labelsRef.current = null;
      handleRef.current = null;
    },
    [handleRef],
  );

  return (
    <div
      ref={wrapRef}
      className="network-canvas"
      tabIndex={0}
      role="application"
      aria-roledescription="network diagram"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="network-canvas"
      data-labels-pending="0"
    >
      <svg ref={svgRef} className="group-outlines" aria-hidden="true" />
      <div ref={badgeHostRef} className="action-badges" aria-hidden="true" />
      {initial && (
        <CytoscapeComponent
          elements={elements}
          diff={identityDiff}
          zoom={initial.zoom}
          pan={initial.pan}
          stylesheet={stylesheet}
          cy={attach}
          style={{ position: 'absolute', inset: 0 }}
          minZoom={0.05}
          maxZoom={4}
          boxSelectionEnabled
          hideEdgesOnViewport={large}
          textureOnViewport={large}
          pixelRatio={large ? 1 : 'auto'}
        />
      )}
    </div>
  );
}
