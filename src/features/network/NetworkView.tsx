import { memo, useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { NetworkHandle, NetworkIntent } from '../../adapters/cytoscape/intents';
import { NetworkCanvas } from '../../adapters/cytoscape/NetworkCanvas';
import type { BoardContent } from '../../db/queries';
import { useUi, NO_SELECTION } from '../../state/uiStore';
import {
  activeNetwork,
  lastDrawn,
  NETWORK_DRAWN_EVENT,
  type NetworkDrawnDetail,
} from './activeNetwork';
import { Legend } from './Legend';
import { DraftOverlay } from './DraftOverlay';
import { PendingPerson } from './PendingPerson';
import { usePendingPeople } from './usePendingPeople';
import { moveNotes, startEditNote } from '../notes';
import { moveDropped } from './networkActions';
import { networkBadges } from '../actions';
import { todayString } from '../../domain/dates';
import { placesLinkedTo, subjectsLinkedTo } from '../../domain/linkedPlaces';
import { placeUnder } from '../map';
import { useMapUi } from '../../state/mapStore';
import { useViews } from '../../state/viewStore';
import { SUGGESTION_COLOUR } from '../../domain/encoding';
import { useChain } from '../../state/chainStore';
import { useSuggestions } from '../../state/suggestionStore';
import { clearSizing, sizeKeyOf, useSizeBy } from '../../state/sizeByStore';
import { useMeetingUi } from '../../state/meetingStore';
import { useNames } from '../names';
import { mergeInOrder } from './orderedSelection';
import { HiddenIndicator } from './filters/HiddenIndicator';
import { useNetworkFilter } from './filters/useNetworkFilter';
import { useFocusZoom } from './filters/useFocusZoom';
import { useNetworkModel } from './useNetworkModel';

/** What a gesture on an archived (read-only) board may still do: select and look. */
const VIEWING: ReadonlySet<NetworkIntent['type']> = new Set([
  'selection/changed',
  'background/tapped',
]);

/** Above this many people the canvas trades detail while panning for a steady frame rate. */
export const LARGE_BOARD = 400;

interface Props {
  content: BoardContent;
  handleRef: RefObject<NetworkHandle | null>;
}

/**
 * The live network: the canvas, plus the inline name box and the kind picker drawn over it.
 * Memoised: switching between network and map must not send the diagram through a render.
 */
export const NetworkView = memo(function NetworkView({ content, handleRef }: Props) {
  const boardId = content.board.id;
  const { people, associations, memberships, placeLinks } = content;
  const names = useNames(content);
  const showPlaces = useViews((s) => s.showPlaces);
  const model = useNetworkModel(content, names);
  const { actions } = content;
  const badges = useMemo(() => networkBadges(actions, todayString()), [actions]);
  const selection = useUi((s) => s.selection);
  const tool = useUi((s) => s.tool);
  const draft = useUi((s) => s.draft);
  const legendOpen = useUi((s) => s.legendOpen);
  const changed = useMeetingUi((s) => s.changed);
  const chain = useChain((s) => s.ids);
  const suggestions = useSuggestions((s) => s.shown);
  // People sized by a measure (chosen in the analysis panel), forgotten on leaving the board.
  const sizing = useSizeBy();
  const sizeKey = sizeKeyOf(sizing);
  useEffect(() => clearSizing, [boardId]);
  const suggestedGroups = useMemo(
    () =>
      suggestions.map((g) => ({
        id: `suggested:${g.id}`,
        // Marked as a suggestion on the diagram too, unless its name already says so.
        name: /suggested/i.test(g.name) ? g.name : `${g.name} (suggested)`,
        colour: SUGGESTION_COLOUR,
        memberIds: g.memberIds,
        suggested: true,
      })),
    [suggestions],
  );
  const filtered = useNetworkFilter(content);
  useFocusZoom(handleRef, people, filtered);
  // A note pinned to someone the filters hide is hidden with them.
  const hidden = useMemo(() => {
    const notes = model.notes.filter(
      (n) => n.attachedTo?.kind === 'person' && filtered.hidden.has(n.attachedTo.id),
    );
    if (notes.length === 0) return filtered.hidden;
    const all = new Set(filtered.hidden);
    for (const n of notes) all.add(n.id);
    return all;
  }, [model.notes, filtered.hidden]);
  // Linked highlighting: a place picked on the map lights up its people and groups here; with
  // places shown, a person or group lights up their places too.
  const linkSources = useMemo(() => ({ placeLinks, memberships }), [placeLinks, memberships]);
  const linked = useMemo(() => {
    const subjects = subjectsLinkedTo(selection.places, linkSources);
    const ids = new Set<string>(subjects.people);
    for (const id of selection.places) ids.add(id);
    if (showPlaces) for (const id of placesLinkedTo(selection, linkSources)) ids.add(id);
    // The chains between two people from the analysis panel light up the same way.
    for (const id of chain) ids.add(id);
    return { ids, groups: [...subjects.groups] };
  }, [selection, linkSources, showPlaces, chain]);
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
  const added = usePendingPeople(boardId, endDraft);
  const anyPending = added.pending.length > 0;

  // Overlays follow the diagram while it is panned or zoomed.
  useEffect(() => {
    if (!draft && !anyPending) return;
    return handleRef.current?.onViewport(() => setViewportTick((t) => t + 1));
  }, [draft, anyPending, handleRef]);

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
    // An archived board is read only: it can be looked at and selected, not drawn on or moved.
    if (content.board.archived && !VIEWING.has(intent.type)) {
      handleRef.current?.resetPositions();
      return;
    }
    switch (intent.type) {
      case 'canvas/doubleClicked':
        ui.setDraft({ kind: 'new-person', x: Math.round(intent.x), y: Math.round(intent.y) });
        break;
      case 'node/doubleClicked':
        ui.setDraft({ kind: 'rename', personId: intent.nodeId });
        break;
      case 'note/doubleClicked':
        ui.select({ ...NO_SELECTION, annotations: [intent.noteId] });
        startEditNote();
        break;
      case 'selection/changed': {
        const any =
          intent.people.length +
            intent.associations.length +
            intent.annotations.length +
            intent.places.length >
          0;
        ui.select({
          people: mergeInOrder(ui.selection.people, intent.people),
          associations: mergeInOrder(ui.selection.associations, intent.associations),
          annotations: mergeInOrder(ui.selection.annotations, intent.annotations),
          // Picking something on the canvas moves the selection off a group (and off places
          // picked on the map, unless places are picked here).
          ...(any
            ? {
                groups: [],
                places: mergeInOrder(ui.selection.places, intent.places),
                incidents: [],
              }
            : {}),
        });
        break;
      }
      case 'background/tapped':
        if (intent.groupId) ui.select({ ...NO_SELECTION, groups: [intent.groupId] });
        else ui.select({ groups: [] });
        break;
      case 'nodes/moved': {
        // People let go over a place on the map are linked to it; they stay where they were.
        const placeId = intent.droppedAt && placeUnder(intent.droppedAt);
        const people = intent.moves.filter((m) => m.nodeKind === 'person').map((m) => m.nodeId);
        if (placeId && intent.droppedAt && people.length > 0) {
          handleRef.current?.resetPositions();
          useMapUi.getState().setLinkDraft({ personIds: people, placeId, at: intent.droppedAt });
          break;
        }
        void moveDropped(boardId, intent.moves, () => handleRef.current?.resetPositions());
        break;
      }
      case 'notes/moved':
        void moveNotes(content, intent.moves, () => handleRef.current?.resetPositions());
        break;
      case 'link/drawn':
        ui.select({ ...NO_SELECTION, people: [intent.fromId, intent.toId] });
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
    added.canvasDrawn(counts.nodes, (id) => handleRef.current?.renderedPositionOf(id) != null);
  };

  const handle = handleRef.current;
  const overlay =
    draft && handle ? (
      <DraftOverlay
        draft={draft}
        content={content}
        handle={handle}
        names={names}
        onEnd={endDraft}
        onAddPerson={added.start}
        refused={added.refused}
      />
    ) : null;
  const standIns = handle
    ? added.pending.map((p) => (
        <PendingPerson
          key={p.id}
          person={p.person}
          at={handle.toRendered(p)}
          zoom={handle.zoom()}
          names={names}
          fitLabel={(text) => handle.personLabel(text)}
          onPainted={() => added.paintedStandIn(p.id)}
        />
      ))
    : null;

  return (
    <div className="canvas-wrap" ref={wrapRef}>
      <NetworkCanvas
        model={model}
        selectedPeople={selection.people}
        selectedAssociations={selection.associations}
        selectedGroups={selection.groups}
        selectedNotes={selection.annotations}
        linkMode={tool === 'link'}
        large={large}
        hidden={hidden}
        linked={linked.ids}
        linkedGroups={linked.groups}
        changed={changed}
        suggestedGroups={suggestedGroups}
        badges={badges}
        sizes={sizing.sizes}
        onIntent={onIntent}
        onDrawn={onDrawn}
        handleRef={handleRef}
        label={`Network of ${people.length} ${people.length === 1 ? 'person' : 'people'} and ${associations.length} ${associations.length === 1 ? 'association' : 'associations'}`}
        describedBy="network-help"
      />
      <p className="canvas-hint" id="network-help">
        {content.board.archived
          ? 'Archived: read only. Select people to see their details.'
          : people.length === 0
            ? 'Double-click or press N to add a person.'
            : tool === 'link'
              ? 'Link is on: drag from one person to another. Press Escape to stop.'
              : 'N adds a person · select two and press L to link · Enter renames · Delete removes'}
      </p>
      <HiddenIndicator result={filtered} people={people} nameOf={names.of} />
      {sizeKey && (
        <p className="size-key" role="status">
          {sizeKey}
        </p>
      )}
      {legendOpen && <Legend />}
      {standIns}
      {overlay}
    </div>
  );
});
