import type { Core, EventObject, NodeSingular, EdgeSingular } from 'cytoscape';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { toElements, type NetworkModel } from './elements';
import { createHandle } from './handle';
import { fitViewport } from './viewport';
import { registerExtensions } from './extensions';
import type { NetworkHandle, NetworkIntent } from './intents';
import { FAR_ZOOM, networkStylesheet } from './style';

registerExtensions();

interface EdgeHandles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  destroy(): void;
}

interface Props {
  model: NetworkModel;
  selectedPeople: readonly string[];
  selectedAssociations: readonly string[];
  linkMode: boolean;
  /** Large boards hide edges and use a texture while panning, so the frame rate holds. */
  large: boolean;
  onIntent: (intent: NetworkIntent) => void;
  onDrawn: (counts: { nodes: number; edges: number }) => void;
  handleRef: RefObject<NetworkHandle | null>;
  label: string;
  describedBy?: string;
}

const stylesheet = networkStylesheet();

/**
 * Cytoscape's layered texture cache paints every element into big layer images on the first frame
 * and again after each edit; on large boards that costs more than it saves (2,000 people: first
 * draw 1.3-1.5 s without it, 1.7-2.2 s with it). Panning has its own viewport texture
 * (`textureOnViewport`), and nodes still draw from their own cached textures. There is no public
 * option, so this reaches into the renderer; if a later Cytoscape moves it, nothing changes.
 */
function withoutLayerCache(cy: Core): void {
  const renderer = (
    cy as unknown as { renderer?: () => { data?: { lyrTxrCache?: { getLayers?: unknown } } } }
  ).renderer?.();
  const layers = renderer?.data?.lyrTxrCache;
  if (layers && typeof layers.getLayers === 'function') layers.getLayers = () => null;
}

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
    linkMode,
    large,
    handleRef,
    label,
    describedBy,
  } = props;
  const cyRef = useRef<Core | null>(null);
  const ehRef = useRef<EdgeHandles | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
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
  const elements = useMemo(() => toElements(model, initialFar ? 'far' : ''), [model, initialFar]);

  const attach = (cy: Core) => {
    // react-cytoscapejs calls this after every update: attach handlers only once per instance.
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    if (latest.current.large) withoutLayerCache(cy);
    const emit = (i: NetworkIntent) => latest.current.onIntent(i);

    cy.on('dbltap', (e: EventObject) => {
      if (e.target === cy) emit({ type: 'canvas/doubleClicked', x: e.position.x, y: e.position.y });
      else if ((e.target as NodeSingular).isNode?.())
        emit({ type: 'node/doubleClicked', nodeId: (e.target as NodeSingular).id() });
    });
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
          people: ids(cy.nodes(':selected').not('.eh-ghost')),
          associations: ids(cy.edges(':selected').not('.eh-ghost, .eh-preview')),
        });
      });
    });

    // Several selected nodes dragged together each fire `dragfree`: gather them into one move.
    let moved: NodeSingular[] = [];
    cy.on('dragfree', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular;
      if (node.hasClass('eh-ghost')) return;
      if (moved.length === 0) {
        window.setTimeout(() => {
          const batch = moved;
          moved = [];
          emit({
            type: 'nodes/moved',
            moves: batch.map((n) => ({
              nodeId: n.id(),
              x: Math.round(n.position('x')),
              y: Math.round(n.position('y')),
            })),
          });
        }, 0);
      }
      moved.push(node);
    });

    const eh = (cy as unknown as { edgehandles(o: object): EdgeHandles }).edgehandles({
      canConnect: (a: NodeSingular, b: NodeSingular) => !a.same(b),
      snap: false,
      hoverDelay: 50,
    });
    ehRef.current = eh;
    cy.on(
      'ehcomplete',
      (_e: EventObject, source: NodeSingular, target: NodeSingular, added: EdgeSingular) => {
        // The database is the source of truth: drop the temporary edge; the command adds the real one.
        added.remove();
        emit({ type: 'link/drawn', fromId: source.id(), toId: target.id() });
      },
    );
    if (latest.current.linkMode) eh.enableDrawMode();

    // Mark edges `far` while zoomed out (dashes drawn solid); new edges follow in the layout effect.
    far.current = cy.zoom() < FAR_ZOOM;
    cy.on('zoom', () => {
      const isFar = cy.zoom() < FAR_ZOOM;
      if (isFar === far.current) return;
      far.current = isFar;
      cy.batch(() => cy.edges().toggleClass('far', isFar));
    });

    handleRef.current = createHandle(cy, () => latest.current.model);
  };

  useEffect(() => {
    const eh = ehRef.current;
    if (!eh) return;
    if (linkMode) eh.enableDrawMode();
    else eh.disableDrawMode();
  }, [linkMode]);

  // Selection comes from the UI store (the people list, keyboard); mirror it onto the canvas.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const want = new Set([...selectedPeople, ...selectedAssociations]);
    mirroring.current = true;
    cy.batch(() => {
      cy.elements(':selected').forEach((e) => {
        if (!want.has(e.id())) e.unselect();
      });
      for (const id of want) {
        const e = cy.getElementById(id);
        if (e.nonempty() && !e.selected()) e.select();
      }
    });
    // Select events are reported in a microtask queued during the batch; this one runs after them.
    queueMicrotask(() => {
      mirroring.current = false;
    });
  }, [selectedPeople, selectedAssociations, elements, initial]);

  // Report when the elements are on screen (the next frame Cytoscape draws), and fit once. A layout
  // effect: it runs in the same task as react-cytoscapejs's patch, before any frame can be drawn.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // Edges added since the board opened take the current near/far style.
    if (far.current) cy.edges(':not(.far)').addClass('far');
    else cy.edges('.far').removeClass('far');
    const report = () =>
      latest.current.onDrawn({ nodes: cy.nodes().length, edges: cy.edges().length });
    cy.one('render', report);
    return () => {
      cy.off('render', report);
    };
  }, [elements, initial]);

  useEffect(
    () => () => {
      ehRef.current?.destroy();
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
    >
      {initial && (
        <CytoscapeComponent
          elements={elements}
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
