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
  editableId: string | null;
  drawing: DrawShape | null;
  onIntent: (intent: MapIntent) => void;
  handleRef: RefObject<MapHandle | null>;
  label: string;
  /** Basemap and other layers, as adapter components. */
  children?: ReactNode;
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
function Bridge({ handleRef, onIntent, label }: Pick<Props, 'handleRef' | 'onIntent' | 'label'>) {
  const map = useMap();
  const intent = useRef(onIntent);
  intent.current = onIntent;
  useEffect(() => {
    handleRef.current = handleFor(map);
    const onClick = (e: L.LeafletMouseEvent) =>
      intent.current({ type: 'background/tapped', at: fromLatLng(e.latlng) });
    map.on('click', onClick);
    // The split between network and map can change without a window resize.
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => {
      map.off('click', onClick);
      observer.disconnect();
      handleRef.current = null;
    };
  }, [map, handleRef]);
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
  const { space, initialFit } = props;
  const image = space === 'image';
  // The map is made at its first view: fitting after creation would draw the default view first,
  // then animate the zoom and cluster every incident again at the new scale.
  const fit = useMemo(() => latLngBoundsOf(initialFit), [initialFit]);
  return (
    <MapContainer
      key={space}
      className="map-canvas"
      crs={image ? imagePixels : L.CRS.EPSG3857}
      {...(fit
        ? { bounds: fit, boundsOptions: FIT_OPTIONS }
        : { center: image ? L.latLng(0, 0) : toLatLng(DEFAULT_CENTRE), zoom: image ? 0 : 15 })}
      minZoom={image ? -4 : 3}
      maxZoom={image ? 4 : 20}
      zoomSnap={0.25}
      keyboard
      attributionControl
      boxZoom={false}
    >
      <Bridge handleRef={props.handleRef} onIntent={props.onIntent} label={props.label} />
      {props.children}
      <PlacesLayer places={props.places} editableId={props.editableId} onIntent={props.onIntent} />
      <DrawTools drawing={props.drawing} space={space} onIntent={props.onIntent} />
      {!image && <ScaleControl position="bottomleft" imperial={false} />}
    </MapContainer>
  );
}
