import type { Position } from '../../../domain/geo';

/**
 * The sketch basemap (the training board's invented neighbourhood) as plain drawing specs: which
 * shape is drawn how, in what order, and which names go where. Pure, so it is tested without
 * Leaflet; sketchLayer.ts turns the specs into Leaflet layers.
 */

export const sketchKinds = [
  'residential',
  'park',
  'pitch',
  'school',
  'estate',
  'building',
  'water',
  'river',
  'path',
  'street',
  'main-street',
  'high-street',
] as const;
export type SketchKind = (typeof sketchKinds)[number];

/** One feature of the sketch GeoJSON, already checked (see features/map/basemap/sketchData.ts). */
export interface SketchFeature {
  kind: SketchKind;
  name: string | null;
  geometry:
    | { type: 'LineString'; coordinates: Position[] }
    | { type: 'Polygon'; coordinates: Position[][] };
}

export interface SketchStroke {
  colour: string;
  weight: number;
  dash?: string;
}

/** A shape to draw. Lower `order` is drawn first, so casings sit under every street. */
export interface SketchShape {
  order: number;
  geometry: SketchFeature['geometry'];
  stroke: SketchStroke | null;
  fill: { colour: string; opacity: number } | null;
}

export type LabelKind = 'street' | 'area' | 'water' | 'building';

export interface SketchLabel {
  text: string;
  kind: LabelKind;
  at: Position;
  /** Degrees clockwise on screen, so the name runs along its street and never upside down. */
  angle: number;
  /** Shown from this zoom level in: a zoomed-out map full of names is unreadable. */
  minZoom: number;
}

interface KindStyle {
  order: number;
  stroke?: SketchStroke;
  fill?: { colour: string; opacity: number };
  /** Streets: a wider white line drawn under the grey one. */
  casing?: SketchStroke;
  label?: { kind: LabelKind; minZoom: number };
}

const STREET_GREY = '#b9bdb5';
const CASING = '#ffffff';

const styles: Record<SketchKind, KindStyle> = {
  residential: { order: 0, fill: { colour: '#e8e4dc', opacity: 1 } },
  park: {
    order: 1,
    fill: { colour: '#cbe6bb', opacity: 1 },
    stroke: { colour: '#95c480', weight: 1 },
    label: { kind: 'area', minZoom: 14 },
  },
  school: {
    order: 1,
    fill: { colour: '#f1e4c4', opacity: 1 },
    stroke: { colour: '#d3bd8c', weight: 1 },
    label: { kind: 'area', minZoom: 14 },
  },
  estate: {
    order: 1,
    fill: { colour: '#ebdfe8', opacity: 1 },
    stroke: { colour: '#c9b2c4', weight: 1 },
    label: { kind: 'area', minZoom: 14 },
  },
  pitch: {
    order: 2,
    fill: { colour: '#b5dca0', opacity: 1 },
    stroke: { colour: '#ffffff', weight: 2 },
  },
  water: {
    order: 2,
    fill: { colour: '#b3d5ee', opacity: 1 },
    stroke: { colour: '#86b6dc', weight: 1 },
    label: { kind: 'water', minZoom: 16 },
  },
  river: {
    order: 2,
    stroke: { colour: '#9cc5e6', weight: 9 },
    label: { kind: 'water', minZoom: 14 },
  },
  building: {
    order: 3,
    fill: { colour: '#d6d0c6', opacity: 1 },
    stroke: { colour: '#aea698', weight: 1 },
    label: { kind: 'building', minZoom: 17 },
  },
  path: { order: 4, stroke: { colour: '#a39a86', weight: 2, dash: '5 5' } },
  street: {
    order: 6,
    casing: { colour: CASING, weight: 11 },
    stroke: { colour: STREET_GREY, weight: 7 },
    label: { kind: 'street', minZoom: 15 },
  },
  'main-street': {
    order: 7,
    casing: { colour: CASING, weight: 15 },
    stroke: { colour: '#a6aba2', weight: 10 },
    label: { kind: 'street', minZoom: 14 },
  },
  'high-street': {
    order: 8,
    casing: { colour: CASING, weight: 15 },
    stroke: { colour: '#d9b77e', weight: 10 },
    label: { kind: 'street', minZoom: 14 },
  },
};

/** Casings of every street go below all street lines, so junctions join cleanly. */
const CASING_ORDER = 5;

/** The shapes to draw, in drawing order. */
export function sketchShapes(features: readonly SketchFeature[]): SketchShape[] {
  const shapes: SketchShape[] = [];
  for (const f of features) {
    const s = styles[f.kind];
    if (s.casing)
      shapes.push({ order: CASING_ORDER, geometry: f.geometry, stroke: s.casing, fill: null });
    shapes.push({
      order: s.order,
      geometry: f.geometry,
      stroke: s.stroke ?? null,
      fill: f.geometry.type === 'Polygon' ? (s.fill ?? null) : null,
    });
  }
  // A stable sort keeps the file's own order within a layer.
  return shapes
    .map((shape, i) => ({ shape, i }))
    .sort((a, b) => a.shape.order - b.shape.order || a.i - b.i)
    .map((x) => x.shape);
}

/** Names to write on the sketch: along streets and rivers, in the middle of areas. */
export function sketchLabels(features: readonly SketchFeature[]): SketchLabel[] {
  const labels: SketchLabel[] = [];
  for (const f of features) {
    const style = styles[f.kind].label;
    if (!style || !f.name) continue;
    if (f.geometry.type === 'LineString') {
      const along = alongLongestSegment(f.geometry.coordinates);
      if (along) labels.push({ text: f.name, kind: style.kind, minZoom: style.minZoom, ...along });
    } else {
      const ring = f.geometry.coordinates[0] ?? [];
      const corners = ring.slice(0, -1);
      if (corners.length === 0) continue;
      const at: Position = [
        corners.reduce((s, p) => s + p[0], 0) / corners.length,
        corners.reduce((s, p) => s + p[1], 0) / corners.length,
      ];
      labels.push({ text: f.name, kind: style.kind, minZoom: style.minZoom, at, angle: 0 });
    }
  }
  return labels;
}

/**
 * The middle of a line's longest straight stretch and its direction on screen. Web Mercator keeps
 * angles, so east-west distances are shrunk by cos(latitude) to match north-south ones.
 */
export function alongLongestSegment(
  line: readonly Position[],
): { at: Position; angle: number } | null {
  let best: { at: Position; angle: number; length: number } | null = null;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
    const dx = (b[0] - a[0]) * k;
    // Screen y grows downwards, latitude upwards.
    const dy = -(b[1] - a[1]);
    const length = Math.hypot(dx, dy);
    if (length === 0 || (best && best.length >= length)) continue;
    let angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle <= -90) angle += 180;
    // `+ 0` turns -0 into 0.
    best = { at: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], angle: round(angle) + 0, length };
  }
  return best && { at: best.at, angle: best.angle };
}

const round = (n: number) => Math.round(n * 10) / 10;
