import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { MapContainer, ScaleControl, useMap } from 'react-leaflet';
import { boundsOf, type Position } from '../../domain/geo';
import type { CoordinateSpace } from '../../domain/records/geometry';
import { fromLatLng, toLatLng } from './coords';
import { imagePixels } from './basemaps/imageCrs';
import { DrawTools } from './DrawTools';
import L from './leafletSetup';
import type { DrawShape, MapHandle, MapIntent, PlaceFeature } from './mapIntents';
import { PlacesLayer } from './PlacesLayer';
import { snapshotOf } from './snapshot';

/** Where a geographic board with no places opens: the middle of the fictional town of the demo. */
export const DEFAULT_CENTRE: Position = [-1.5, 53.4];

interface Props {
  space: CoordinateSpace;
  places: readonly PlaceFeature[];
  /** Positions to fit when the map first opens (places and incidents), in GeoJSON order. */
  initialFit: readonly Position[];
  /** The view to open at instead (where the map was when last shown), if any. */
  initialView?: MapView | null;
  /** Told where the map is after each pan or zoom, so a map shown again opens there. */
  onViewChanged?: (view: MapView) => void;
  /** Told the area in view when first drawn and at every move (each frame of a drag, a zoom's end). */
  onAreaShown?: (area: MapArea) => void;
  /** An area to show instead (the chair's, on the presenter screen): fitted in, kept on resize. */
  followArea?: MapArea | null;
  editableId: string | null;
  drawing: DrawShape | null;
  onIntent: (intent: MapIntent) => void;
  handleRef: RefObject<MapHandle | null>;
  label: string;
  /** Basemap and other layers, as adapter components. */
  children?: ReactNode;
}

/** Where the map looks: its centre (GeoJSON order) and zoom. */
export interface MapView {
  centre: Position;
  zoom: number;
}

/**
 * A rectangle of the map in GeoJSON order (x is longitude or image x; y latitude or image y),
 * x1 < x2 and y1 < y2: the area a map shows, to be shown on a screen of another size.
 */
export interface MapArea {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const areaOf = (b: L.LatLngBounds): MapArea => {
  const [x1, y1] = fromLatLng(b.getSouthWest());
  const [x2, y2] = fromLatLng(b.getNorthEast());
  return { x1, y1, x2, y2 };
};
const boundsOfArea = (a: MapArea) => L.latLngBounds(toLatLng([a.x1, a.y1]), toLatLng([a.x2, a.y2]));
/** Another's area fitted in exactly (no margin); at once, as a projector follows a drag frame by frame. */
const FOLLOW_OPTIONS: L.FitBoundsOptions = { animate: false, padding: [0, 0] };

/** Whether the map shows an area as fitting it in would: its zoom, and its middle to a pixel or so. */
function showsArea(map: L.Map, area: L.LatLngBounds): boolean {
  const zoom = map.getBoundsZoom(area, false, L.point(0, 0));
  if (Math.abs(map.getZoom() - zoom) > 1e-6) return false;
  const sw = map.project(area.getSouthWest(), zoom);
  const middle = sw.add(map.project(area.getNorthEast(), zoom)).divideBy(2);
  return map.project(map.getCenter(), zoom).distanceTo(middle) < 2;
}

const FIT_OPTIONS: L.FitBoundsOptions = { padding: [48, 48], maxZoom: 17 };

function latLngBoundsOf(points: readonly Position[]): L.LatLngBounds | null {
  const b = boundsOf(points);
  return b ? L.latLngBounds(toLatLng(b[0]), toLatLng(b[1])) : null;
}

function handleFor(map: L.Map): MapHandle {
  return {
    fitTo(points) {
      const b = latLngBoundsOf(points);
      if (b) map.fitBounds(b, FIT_OPTIONS);
    },
    zoomBy(factor) {
      map.setZoom(map.getZoom() + Math.log2(factor));
    },
    centre: () => fromLatLng(map.getCenter()),
    toScreen(at) {
      const p = map.latLngToContainerPoint(toLatLng(at));
      return { x: p.x, y: p.y };
    },
    fromScreen: (p) => fromLatLng(map.containerPointToLatLng(L.point(p.x, p.y))),
    unitsPerPixel() {
      const c = map.getSize().divideBy(2);
      const a = map.containerPointToLatLng(c);
      const b = map.containerPointToLatLng(c.add([1, 0]));
      return map.distance(a, b);
    },
    container: () => map.getContainer(),
    snapshot: (places, dots) => snapshotOf(map, places, dots),
  };
}

/** Wires the map's handle and background taps, and keeps the size right when the split moves. */
function Bridge({
  handleRef,
  onIntent,
  label,
  onViewChanged,
  onAreaShown,
  followArea,
}: Pick<
  Props,
  'handleRef' | 'onIntent' | 'label' | 'onViewChanged' | 'onAreaShown' | 'followArea'
>) {
  const map = useMap();
  const intent = useRef(onIntent);
  intent.current = onIntent;
  const viewChanged = useRef(onViewChanged);
  viewChanged.current = onViewChanged;
  const areaShown = useRef(onAreaShown);
  areaShown.current = onAreaShown;
  const followed = useRef(followArea);
  followed.current = followArea;
  useEffect(() => {
    handleRef.current = handleFor(map);
    const onClick = (e: L.LeafletMouseEvent) =>
      intent.current({ type: 'background/tapped', at: fromLatLng(e.latlng) });
    map.on('click', onClick);
    // The split between network and map can change without a window resize. The map keeps what it
    // showed: the area in view before the first resize of a run is fitted again at each new size
    // (so going to half width and back returns to the same view); a pan or zoom starts a new run.
    let kept: L.LatLngBounds | null = null;
    let resizing = false;
    const observer = new ResizeObserver(() => {
      const box = map.getContainer();
      if (box.clientWidth === 0 || box.clientHeight === 0) return;
      // Leaflet's size is the one it last measured: unchanged means nothing to keep. Except an area
      // followed: Leaflet's own handler of a window resize, measuring first, kept only the middle.
      const follow = followed.current;
      const was = map.getSize();
      if (was.x === box.clientWidth && was.y === box.clientHeight) {
        if (follow) map.fitBounds(boundsOfArea(follow), FOLLOW_OPTIONS);
        return;
      }
      kept ??= map.getBounds();
      resizing = true;
      map.invalidateSize({ pan: false });
      map.fitBounds(follow ? boundsOfArea(follow) : kept, FOLLOW_OPTIONS);
      resizing = false;
    });
    observer.observe(map.getContainer());
    const onMoved = () => {
      if (!resizing) kept = null;
      viewChanged.current?.({ centre: fromLatLng(map.getCenter()), zoom: map.getZoom() });
    };
    map.on('moveend', onMoved);
    // A map following an area keeps to it: whatever else moved it (an image basemap fits itself
    // once loaded) is undone. Its own fit ends synchronously, so it is not undone in turn.
    let refitting = false;
    const onMovedAway = () => {
      const follow = followed.current && boundsOfArea(followed.current);
      const box = map.getContainer();
      if (!follow || refitting || box.clientWidth === 0 || box.clientHeight === 0) return;
      if (showsArea(map, follow)) return;
      refitting = true;
      map.fitBounds(follow, FOLLOW_OPTIONS);
      refitting = false;
    };
    map.on('moveend', onMovedAway);
    // Leaflet fires 'move' at each step of a drag and once a zoom has ended (never 'moveend' alone).
    const onMove = () => areaShown.current?.(areaOf(map.getBounds()));
    map.on('move', onMove);
    onMove();
    return () => {
      map.off('move', onMove);
      map.off('moveend', onMoved);
      map.off('moveend', onMovedAway);
      map.off('click', onClick);
      observer.disconnect();
      handleRef.current = null;
    };
  }, [map, handleRef]);
  useEffect(() => {
    // Not while hidden: a map of no size would fit the area at its widest zoom out.
    const box = map.getContainer();
    if (followArea && box.clientWidth > 0 && box.clientHeight > 0)
      map.fitBounds(boundsOfArea(followArea), FOLLOW_OPTIONS);
  }, [map, followArea]);
  useEffect(() => {
    // Leaflet makes the container focusable (arrow keys pan, + and - zoom); give it a name.
    const box = map.getContainer();
    box.setAttribute('role', 'application');
    box.setAttribute('aria-label', label);
    box.setAttribute('aria-roledescription', 'map');
    // Plain text credit, without Leaflet's default flag image.
    map.attributionControl?.setPrefix('Leaflet');
  }, [map, label]);
  return null;
}

/**
 * The Leaflet map: one instance per board and coordinate space (an image basemap has flat
 * coordinates, so switching to or from it makes a new map). Zoom limits are set here because
 * markercluster needs a maxZoom even when no tile layer gives one.
 */
export default function MapCanvas(props: Props) {
  const { space, initialFit, initialView, followArea } = props;
  const image = space === 'image';
  // The map is made at its first view: fitting after creation would draw the default view first,
  // then animate the zoom and cluster every incident again at the new scale.
  const fit = useMemo(() => latLngBoundsOf(initialFit), [initialFit]);
  return (
    <MapContainer
      key={space}
      className="map-canvas"
      crs={image ? imagePixels : L.CRS.EPSG3857}
      {...(followArea
        ? { bounds: boundsOfArea(followArea), boundsOptions: FOLLOW_OPTIONS }
        : initialView
          ? { center: toLatLng(initialView.centre), zoom: initialView.zoom }
          : fit
            ? { bounds: fit, boundsOptions: FIT_OPTIONS }
            : { center: image ? L.latLng(0, 0) : toLatLng(DEFAULT_CENTRE), zoom: image ? 0 : 15 })}
      minZoom={image ? -4 : 3}
      maxZoom={image ? 4 : 20}
      zoomSnap={0.25}
      keyboard
      attributionControl
      boxZoom={false}
    >
      <Bridge
        handleRef={props.handleRef}
        onIntent={props.onIntent}
        label={props.label}
        onViewChanged={props.onViewChanged}
        onAreaShown={props.onAreaShown}
        followArea={followArea}
      />
      {props.children}
      <PlacesLayer places={props.places} editableId={props.editableId} onIntent={props.onIntent} />
      <DrawTools drawing={props.drawing} space={space} onIntent={props.onIntent} />
      {!image && <ScaleControl position="bottomleft" imperial={false} />}
    </MapContainer>
  );
}
