import type { PlaceFeature } from '../../adapters/leaflet/mapIntents';
import type { ScreenPoint, SnapshotPlace } from '../../adapters/leaflet/snapshot';
import { boundsOf, geometryPoints, middleOf, type Position } from '../../domain/geo';
import type { CoordinateSpace } from '../../domain/records/geometry';
import type { MapPicture } from '../export';

const EARTH_M = 6_378_137;
/** Room around the outermost places; more on the right, where a point's name tab is drawn. */
const PAD = 48;
const LABEL_ROOM = 240;
/** A single point, or places a few metres apart, still get a sensible street-level view. */
const MIN_SPAN_M = 400;

/** Web Mercator, as the live map draws, in metres: x east, y south (screen direction). */
function mercator([lng, lat]: Position): ScreenPoint {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return {
    x: (EARTH_M * lng * Math.PI) / 180,
    y: -EARTH_M * Math.log(Math.tan(Math.PI / 4 + phi / 2)),
  };
}

/** Image pixels as the flat map shows them: y grows upwards in the stored coordinates. */
const flat = ([x, y]: Position): ScreenPoint => ({ x, y: -y });

/**
 * The places drawn into a frame of about `width` × `height` pixels, fitted to them, with no live
 * map: the pack is a print view, and a hidden Leaflet map would cost a second and fetch tiles. The
 * basemap is therefore not in the picture (the footer says so); the places, their kinds and risk
 * are, in the same drawing as the map export. Null when no place has a shape in this space.
 */
export function mapPicture(
  features: readonly PlaceFeature[],
  space: CoordinateSpace,
  width: number,
  height: number,
): MapPicture | null {
  const project = space === 'geo' ? mercator : flat;
  const points = features.flatMap((f) => geometryPoints(f.geometry).map((p) => project(p)));
  const box = boundsOf(points.map((p) => [p.x, p.y] as const));
  if (!box) return null;
  const [[minX, minY], [maxX, maxY]] = box;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  // Mercator metres are stretched by 1 / cos(latitude): the minimum span is in ground metres.
  const centreLat = space === 'geo' ? (Math.atan(Math.sinh(-cy / EARTH_M)) * 180) / Math.PI : 0;
  const stretch = space === 'geo' ? 1 / Math.cos((centreLat * Math.PI) / 180) : 1;
  const minSpan = space === 'geo' ? MIN_SPAN_M * stretch : 50;
  const spanX = Math.max(maxX - minX, minSpan);
  const spanY = Math.max(maxY - minY, minSpan);
  const scale = Math.min((width - PAD * 2 - LABEL_ROOM) / spanX, (height - PAD * 2) / spanY);
  const middleX = (width - LABEL_ROOM) / 2;
  const screen = (p: Position): ScreenPoint => {
    const q = project(p);
    return { x: middleX + (q.x - cx) * scale, y: height / 2 + (q.y - cy) * scale };
  };
  const places: SnapshotPlace[] = features.map((feature) => {
    const g = feature.geometry;
    return {
      feature,
      shape:
        g.type === 'Point'
          ? { type: 'point', at: screen(g.coordinates) }
          : {
              type: 'area',
              rings: g.coordinates.map((ring) => ring.map(screen)),
              labelAt: screen(middleOf(g)),
            },
    };
  });
  return {
    width,
    height,
    places,
    dots: [],
    metresPerPixel: space === 'geo' ? 1 / (scale * stretch) : null,
  };
}
