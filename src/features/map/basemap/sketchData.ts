import { z } from 'zod';
import { sketchKinds, type SketchFeature } from '../../../adapters/leaflet/basemaps/sketchSpecs';
import { positionSchema } from '../../../domain/records/geometry';

const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ kind: z.enum(sketchKinds), name: z.string().max(80).optional() }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('LineString'), coordinates: z.array(positionSchema).min(2) }),
    z.object({
      type: z.literal('Polygon'),
      coordinates: z.array(z.array(positionSchema).min(4)).min(1),
    }),
  ]),
});
const collectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(featureSchema),
});

/** The sketch GeoJSON as checked features, ready for the adapter's sketch specs. */
export function parseSketch(text: string): SketchFeature[] {
  const parsed = collectionSchema.parse(JSON.parse(text));
  return parsed.features.map((f) => ({
    kind: f.properties.kind,
    name: f.properties.name ?? null,
    geometry: f.geometry,
  }));
}

let loading: Promise<SketchFeature[]> | null = null;

/**
 * The training board's invented neighbourhood. Imported as text in its own chunk, fetched the
 * first time a sketch basemap is shown (from this app's own server, like any other chunk).
 */
export function loadSketch(): Promise<SketchFeature[]> {
  loading ??= import('../../../../fixtures/harrowfield-sketch.geojson?raw').then((m) =>
    parseSketch(m.default),
  );
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
