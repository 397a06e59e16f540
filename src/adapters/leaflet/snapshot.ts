import { middleOf, type Position } from '../../domain/geo';
import { toLatLng } from './coords';
import L from './leafletSetup';
import type { PlaceFeature } from './mapIntents';

export interface ScreenPoint {
  x: number;
  y: number;
}

/** A place where the map draws it, in pixels from the map's top-left corner. */
export type SnapshotShape =
  | { type: 'point'; at: ScreenPoint }
  | { type: 'area'; rings: ScreenPoint[][]; labelAt: ScreenPoint };

export interface SnapshotPlace {
  feature: PlaceFeature;
  shape: SnapshotShape;
}

/**
 * Something Leaflet has drawn as pixels under the places: a tile (an image or a canvas), or a vector
 * layer (the sketch basemap) as standalone SVG markup, at its place on screen.
 */
export interface SnapshotRaster {
  source: HTMLImageElement | HTMLCanvasElement | { svg: string };
  x: number;
  y: number;
  width: number;
  height: number;
  opacity: number;
  /**
   * Loaded from another site without permission to read it back (a remote tile server): drawing it
   * would stop the canvas from being saved, so the export leaves it out and says so.
   */
  foreign: boolean;
}

/** A dot to draw at a map position (an incident), as the feature asks for it. */
export interface SnapshotDotRequest {
  at: Position;
  colour: string;
  radius?: number;
}

/** The map view as drawn now, in screen coordinates: what the export composes into an image. */
export interface MapSnapshot {
  width: number;
  height: number;
  /** The map's own background colour, under everything. */
  background: string;
  rasters: SnapshotRaster[];
  places: SnapshotPlace[];
  dots: { at: ScreenPoint; colour: string; radius: number }[];
  /** Metres per screen pixel at the middle of the view; null on an image (flat pixels). */
  metresPerPixel: number | null;
}

// Panes that hold markers, tooltips and popups: places are drawn from the model instead.
const SKIPPED_PANES = new Set(['mapPane', 'markerPane', 'shadowPane', 'tooltipPane', 'popupPane']);

const zIndexOf = (el: HTMLElement) => Number(getComputedStyle(el).zIndex) || 0;

/** Opacity of an element as shown: its own times each ancestor's, up to the pane. */
function shownOpacity(el: Element, stop: Element): number {
  let o = 1;
  for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement) {
    const v = Number(getComputedStyle(e).opacity);
    if (Number.isFinite(v)) o *= v;
  }
  return o;
}

function isForeign(img: HTMLImageElement): boolean {
  if (img.crossOrigin !== null) return false;
  try {
    const url = new URL(img.currentSrc || img.src, location.href);
    if (url.protocol === 'data:') return false;
    return url.origin !== location.origin;
  } catch {
    return true;
  }
}

/**
 * A vector layer's SVG as standalone markup, without the places (drawn again from the model on top,
 * with their labels) and without anything the user typed: Leaflet puts only shapes in it.
 */
function svgMarkup(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('.place').forEach((el) => el.remove());
  copy.querySelectorAll('text, foreignObject, image').forEach((el) => el.remove());
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  return new XMLSerializer().serializeToString(copy);
}

function rastersOf(map: L.Map): SnapshotRaster[] {
  const box = map.getContainer().getBoundingClientRect();
  const panes = Object.entries(map.getPanes())
    .filter(([name]) => !SKIPPED_PANES.has(name))
    .map(([, el]) => el)
    .sort((a, b) => zIndexOf(a) - zIndexOf(b));
  const out: SnapshotRaster[] = [];
  for (const pane of panes) {
    for (const el of pane.querySelectorAll<HTMLElement | SVGSVGElement>('img, canvas, svg')) {
      if (el instanceof SVGSVGElement && el.parentElement?.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      const x = r.left - box.left;
      const y = r.top - box.top;
      if (r.width === 0 || r.height === 0) continue;
      if (x > box.width || y > box.height || x + r.width < 0 || y + r.height < 0) continue;
      const opacity = shownOpacity(el, pane);
      if (opacity === 0) continue;
      const at = { x, y, width: r.width, height: r.height, opacity };
      if (el instanceof HTMLImageElement) {
        if (!el.complete || el.naturalWidth === 0) continue;
        out.push({ ...at, source: el, foreign: isForeign(el) });
      } else if (el instanceof HTMLCanvasElement) {
        out.push({ ...at, source: el, foreign: false });
      } else if (el instanceof SVGSVGElement) {
        const markup = svgMarkup(el, r.width, r.height);
        if (/<(path|polygon|polyline|circle|rect|line)\b/.test(markup))
          out.push({ ...at, source: { svg: markup }, foreign: false });
      }
    }
  }
  return out;
}

/**
 * What the map shows now, for an export: the basemap's tiles and vector layers as drawn, and the
 * given places (and dots) projected to screen pixels. Keeps Leaflet inside the adapter; the export
 * composes the image from plain data.
 */
export function snapshotOf(
  map: L.Map,
  places: readonly PlaceFeature[],
  dots: readonly SnapshotDotRequest[] = [],
): MapSnapshot {
  const size = map.getSize();
  const screen = (p: Position): ScreenPoint => {
    const s = map.latLngToContainerPoint(toLatLng(p));
    return { x: s.x, y: s.y };
  };
  const flat = map.options.crs === L.CRS.Simple;
  let metresPerPixel: number | null = null;
  if (!flat) {
    const c = size.divideBy(2);
    metresPerPixel = map.distance(
      map.containerPointToLatLng(c),
      map.containerPointToLatLng(c.add([1, 0])),
    );
  }
  return {
    width: size.x,
    height: size.y,
    background: getComputedStyle(map.getContainer()).backgroundColor || '#f4f5f2',
    rasters: rastersOf(map),
    places: places.map((feature) => {
      const g = feature.geometry;
      const shape: SnapshotShape =
        g.type === 'Point'
          ? { type: 'point', at: screen(g.coordinates) }
          : {
              type: 'area',
              rings: g.coordinates.map((ring) => ring.map(screen)),
              labelAt: screen(middleOf(g)),
            };
      return { feature, shape };
    }),
    dots: dots.map((d) => ({ at: screen(d.at), colour: d.colour, radius: d.radius ?? 6 })),
    metresPerPixel,
  };
}
