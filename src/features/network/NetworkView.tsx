import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { NetworkHandle, NetworkIntent } from '../../adapters/cytoscape/intents';
import type { RunResult } from '../../commands/bus';
import { NetworkCanvas } from '../../adapters/cytoscape/NetworkCanvas';
import type { BoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import {
  activeNetwork,
  lastDrawn,
  NETWORK_DRAWN_EVENT,
  type NetworkDrawnDetail,
} from './activeNetwork';
import { KindPicker } from './KindPicker';
import { Legend } from './Legend';
import { NameInput } from './NameInput';
import { addPersonAt, linkSelected, moveDropped, renamePerson } from './networkActions';
import { buildNetworkModel } from './networkModel';
import { mergeInOrder } from './orderedSelection';

/** Above this many people the canvas trades detail while panning for a steady frame rate. */
export const LARGE_BOARD = 400;

interface Props {
  content: BoardContent;
  handleRef: RefObject<NetworkHandle | null>;
}

/** The live network: the canvas, plus the inline name box and the kind picker drawn over it. */
export function NetworkView({ content, handleRef }: Props) {
  const boardId = content.board.id;
  const { people, associations, positions } = content;
  const model = useMemo(
    () => buildNetworkModel({ people, associations, positions }),
    [people, associations, positions],
  );
  const selection = useUi((s) => s.selection);
  const tool = useUi((s) => s.tool);
  const draft = useUi((s) => s.draft);
  const legendOpen = useUi((s) => s.legendOpen);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [, setViewportTick] = useState(0);
  const [large] = useState(() => people.length > LARGE_BOARD);

  const focusCanvas = useCallback(
    () => wrapRef.current?.querySelector<HTMLElement>('.network-canvas')?.focus(),
    [],
  );
  const endDraft = useCallback(() => {
    useUi.getState().setDraft(null);
    focusCanvas();
  }, [focusCanvas]);

  // Overlays follow the diagram while it is panned or zoomed.
  useEffect(() => {
    if (!draft) return;
    return handleRef.current?.onViewport(() => setViewportTick((t) => t + 1));
  }, [draft, handleRef]);

  useEffect(() => {
    activeNetwork.boardId = boardId;
    activeNetwork.canvas = wrapRef.current;
    return () => {
      activeNetwork.boardId = null;
      activeNetwork.canvas = null;
    };
  }, [boardId]);

  const onIntent = (intent: NetworkIntent) => {
    const ui = useUi.getState();
    switch (intent.type) {
      case 'canvas/doubleClicked':
        ui.setDraft({ kind: 'new-person', x: Math.round(intent.x), y: Math.round(intent.y) });
        break;
      case 'node/doubleClicked':
        ui.setDraft({ kind: 'rename', personId: intent.nodeId });
        break;
      case 'selection/changed':
        ui.select({
          people: mergeInOrder(ui.selection.people, intent.people),
          associations: mergeInOrder(ui.selection.associations, intent.associations),
        });
        break;
      case 'nodes/moved':
        void moveDropped(boardId, intent.moves, () => handleRef.current?.resetPositions());
        break;
      case 'link/drawn':
        ui.select({ people: [intent.fromId, intent.toId], associations: [] });
        ui.setDraft({ kind: 'pick-kind', fromId: intent.fromId, toId: intent.toId });
        break;
    }
  };

  const onDrawn = (counts: { nodes: number; edges: number }) => {
    activeNetwork.handle = handleRef.current;
    wrapRef.current?.setAttribute('data-drawn-nodes', String(counts.nodes));
    wrapRef.current?.setAttribute('data-drawn-edges', String(counts.edges));
    lastDrawn.set(boardId, { boardId, ...counts, at: performance.now() });
    window.dispatchEvent(
      new CustomEvent<NetworkDrawnDetail>(NETWORK_DRAWN_EVENT, { detail: { boardId, ...counts } }),
    );
  };

  const handle = handleRef.current;
  const nameOf = (id: string) => people.find((p) => p.id === id)?.displayName ?? '';
  let overlay: React.ReactNode = null;
  if (draft?.kind === 'new-person' && handle) {
    overlay = (
      <NameInput
        key="new"
        label="Name of new person"
        at={handle.toRendered(draft)}
        onCancel={endDraft}
        onSubmit={async (name) => {
          const r = await addPersonAt(boardId, name, draft);
          if (r.ok) endDraft();
          return r;
        }}
      />
    );
  } else if (draft?.kind === 'rename' && handle) {
    const person = people.find((p) => p.id === draft.personId);
    const at = person && handle.renderedPositionOf(person.id);
    if (person && at) {
      overlay = (
        <NameInput
          key={`rename-${person.id}`}
          label={`New name for ${person.displayName}`}
          initial={person.displayName}
          at={at}
          onCancel={endDraft}
          onSubmit={async (name) => {
            const r: RunResult =
              name === person.displayName
                ? { ok: true, changes: [] }
                : await renamePerson(person, name);
            if (r.ok) endDraft();
            return r;
          }}
        />
      );
    }
  } else if (draft?.kind === 'pick-kind' && handle) {
    const a = handle.renderedPositionOf(draft.fromId);
    const b = handle.renderedPositionOf(draft.toId);
    if (a && b) {
      overlay = (
        <KindPicker
          fromName={nameOf(draft.fromId)}
          toName={nameOf(draft.toId)}
          at={{ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 + 16 }}
          onCancel={endDraft}
          onPick={async (kind) => {
            const r = await linkSelected(content, draft.fromId, draft.toId, kind);
            if (r.ok) endDraft();
            return r;
          }}
        />
      );
    }
  }

  return (
    <div className="canvas-wrap" ref={wrapRef}>
      <NetworkCanvas
        model={model}
        selectedPeople={selection.people}
        selectedAssociations={selection.associations}
        linkMode={tool === 'link'}
        large={large}
        onIntent={onIntent}
        onDrawn={onDrawn}
        handleRef={handleRef}
        label={`Network of ${people.length} ${people.length === 1 ? 'person' : 'people'} and ${associations.length} ${associations.length === 1 ? 'association' : 'associations'}`}
        describedBy="network-help"
      />
      <p className="canvas-hint" id="network-help">
        {people.length === 0
          ? 'Double-click or press N to add a person.'
          : tool === 'link'
            ? 'Link is on: drag from one person to another. Press Escape to stop.'
            : 'N adds a person · select two and press L to link · Enter renames · Delete removes'}
      </p>
      {legendOpen && <Legend />}
      {overlay}
    </div>
  );
}
