import { useCallback, useMemo, useRef } from 'react';
import MapCanvas, {
  type MapArea,
  type MapView as MapViewState,
} from '../../adapters/leaflet/MapCanvas';
import { keepMapView, lastMapView } from './lastMapView';
import { reportMapArea, useMapArea } from './mapArea';
import type { MapHandle, MapIntent } from '../../adapters/leaflet/mapIntents';
import type { BoardContent } from '../../db/queries';
import { middleOf } from '../../domain/geo';
import { useMapUi } from '../../state/mapStore';
import { useStatus } from '../../state/statusStore';
import { NO_SELECTION, useUi } from '../../state/uiStore';
import type { Names } from '../names';
import { Basemap } from './basemap/Basemap';
import { BasemapMenu } from './basemap/BasemapMenu';
import { MapExportButton } from '../export';
import { MapLegend, MapLegendToggle } from './MapLegend';
import { MapToolbar } from './MapToolbar';
import { Fold } from '../../ui/OverflowBar';
import { placeFeatures, placePositions } from './mapModel';
import { NewPlaceForm } from './NewPlaceForm';
import { reshapePlace, saveNewPlace, selectPlace } from './placeActions';
import {
  AddIncidentButton,
  IncidentDisplayChoice,
  IncidentFiltersControl,
  IncidentOverlays,
  MapIncidents,
  takeIncidentIntent,
  useIncidentPlacingStops,
} from '../incidents';
import { useMeetingMap } from '../meeting';
import { takeCapturedPlace } from '../capture';
import './mapView.css';

interface Props {
  content: BoardContent;
  names: Names;
  /** Deletes what is selected (on the map or anywhere on the board): the board owns the selection. */
  onDeleteSelected: () => void;
  /** Drawn for the presenter window: the map alone, no tools, forms or hints. */
  presenting?: boolean;
}

/**
 * The neighbourhood map of a board: places drawn as points and areas over the board's basemap,
 * lit up by what is selected in the network. Loaded only when the map is first shown.
 */
export default function MapView({ content, names, onDeleteSelected, presenting = false }: Props) {
  const handleRef = useRef<MapHandle | null>(null);
  const selection = useUi((s) => s.selection);
  const tool = useMapUi((s) => s.tool);
  const draft = useMapUi((s) => s.placeDraft);
  const { board } = content;
  useIncidentPlacingStops();
  const space = board.basemap.kind === 'image' ? 'image' : 'geo';
  const mask = names.hiding ? names.mask : identity;

  const features = useMeetingMap(
    useMemo(
      () => placeFeatures(content, selection, space, mask),
      [content, selection, space, mask],
    ),
    content.places,
    space,
    handleRef,
  );
  // Where the map was when last shown on this board; else fit once, to what is there.
  const initialView = useMemo(
    () => lastMapView(board.id, space),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [space],
  );
  const onViewChanged = useCallback(
    (view: MapViewState) => keepMapView(board.id, space, view),
    [board.id, space],
  );
  // The presenter screen shows the chair's area; the chair's map says what it shows.
  const followed = useMapArea((s) => s.followed);
  const followArea =
    presenting && followed?.boardId === board.id && followed.space === space ? followed : null;
  const onAreaShown = useCallback(
    (area: MapArea) => reportMapArea({ ...area, boardId: board.id, space }),
    [board.id, space],
  );
  const initialFit = useMemo(
    () => placePositions(content.places, space),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [space],
  );
  const onlySelected =
    selection.places.length === 1 &&
    selection.people.length + selection.groups.length + selection.associations.length === 0
      ? selection.places[0]!
      : null;

  const onIntent = useCallback(
    (intent: MapIntent) => {
      if (takeIncidentIntent(intent)) return;
      const map = useMapUi.getState();
      switch (intent.type) {
        case 'place/drawn': {
          // A place from the capture line waiting for its spot takes this one.
          const captured = takeCapturedPlace();
          map.setTool('select');
          const place = captured && content.places.find((p) => p.id === captured);
          if (place) {
            void reshapePlace(place, intent.geometry);
            break;
          }
          map.setPlaceDraft({ geometry: intent.geometry });
          break;
        }
        case 'draw/ended':
          if (!useMapUi.getState().placeDraft) map.setTool('select');
          break;
        case 'place/tapped':
          if (map.tool === 'select') selectPlace(intent.placeId, intent.additive);
          break;
        case 'place/reshaped': {
          const place = content.places.find((p) => p.id === intent.placeId);
          if (place) void reshapePlace(place, intent.geometry);
          break;
        }
        case 'outline/crossed':
          useStatus.getState().notify({
            tone: 'error',
            text: 'An area cannot cross its own outline: that corner was not placed. Put it elsewhere, or press Escape to stop.',
          });
          break;
        case 'background/tapped':
          if (map.tool === 'select' && !map.placeDraft) useUi.getState().select(NO_SELECTION);
          break;
      }
    },
    [content.places],
  );

  const fit = () => handleRef.current?.fitTo(placePositions(content.places, space));
  const endDraft = () => useMapUi.getState().setPlaceDraft(null);
  const handle = handleRef.current;
  let formAt = { x: 240, y: 90 };
  if (handle) {
    const box = handle.container();
    formAt = draft?.geometry
      ? handle.toScreen(middleOf(draft.geometry))
      : { x: box.clientWidth / 2, y: 90 };
  }

  return (
    <section
      className="map-view"
      aria-label="Map"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && (tool !== 'select' || draft)) {
          e.preventDefault();
          useMapUi.getState().setTool('select');
        }
      }}
    >
      {!presenting && (
        <MapToolbar
          onFit={fit}
          onOnlineSpace={() => useMapUi.getState().setPlaceDraft({ geometry: null })}
          onDelete={onDeleteSelected}
          canDelete={selection.places.length > 0}
        >
          {/* Folded first: what a chair rarely needs mid-meeting (export, legend, basemap). */}
          <Fold key="basemap" fold={4}>
            <BasemapMenu board={board} />
          </Fold>
          <Fold key="add-incident" fold={2} sep>
            <AddIncidentButton />
          </Fold>
          <Fold key="incidents-as" fold={3}>
            <IncidentDisplayChoice />
          </Fold>
          <Fold key="incident-filters" fold={2}>
            <IncidentFiltersControl content={content} />
          </Fold>
          <Fold key="legend" fold={5} sep>
            <MapLegendToggle />
          </Fold>
          <Fold key="export" fold={6}>
            <MapExportButton content={content} handleRef={handleRef} />
          </Fold>
        </MapToolbar>
      )}
      <div className="map-wrap">
        <MapCanvas
          space={space}
          places={features}
          initialFit={initialFit}
          initialView={initialView}
          onViewChanged={onViewChanged}
          onAreaShown={presenting ? undefined : onAreaShown}
          followArea={followArea}
          editableId={tool === 'select' ? onlySelected : null}
          drawing={tool === 'select' ? null : tool}
          onIntent={onIntent}
          handleRef={handleRef}
          label={`Map of ${content.places.length} ${content.places.length === 1 ? 'place' : 'places'}`}
        >
          <Basemap basemap={board.basemap} places={content.places} space={space} />
          <MapIncidents content={content} space={space} />
        </MapCanvas>
        {!presenting && <IncidentOverlays content={content} />}
        {!presenting && <MapLegend />}
        {!presenting && features.length === 0 && !draft && tool === 'select' && (
          <p className="map-hint">
            No places on the map yet. Choose Point, Area, Rectangle or Circle, then draw on the map.
          </p>
        )}
        {draft && !presenting && (
          <NewPlaceForm
            at={formAt}
            online={draft.geometry === null}
            onCancel={endDraft}
            onSubmit={async (name, kind) => {
              const r = await saveNewPlace(board.id, name, kind, draft.geometry, space);
              if (r.ok) endDraft();
              return r;
            }}
          />
        )}
      </div>
    </section>
  );
}

const identity = (s: string) => s;
