import { z } from 'zod';

/**
 * Geometry in GeoJSON order, `[lng, lat]`, everywhere in the domain; only the map adapter converts.
 * On an image basemap coordinates are image pixels instead, so range checks depend on the space.
 */
export const positionSchema = z.tuple([z.number().finite(), z.number().finite()]);

export const pointGeometrySchema = z.object({
  type: z.literal('Point'),
  coordinates: positionSchema,
});
export const polygonGeometrySchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z
    .array(z.array(positionSchema).min(4, { error: 'An area needs at least three points' }))
    .min(1),
});
export const geometrySchema = z.discriminatedUnion('type', [
  pointGeometrySchema,
  polygonGeometrySchema,
]);
export type Geometry = z.infer<typeof geometrySchema>;

export const coordinateSpaces = ['geo', 'image'] as const;
export type CoordinateSpace = (typeof coordinateSpaces)[number];

/** Plain-words problem with a coordinate in the given space, or null. */
export function coordinateProblem(
  [lng, lat]: readonly [number, number],
  space: CoordinateSpace,
): string | null {
  if (space === 'image') return null;
  if (lng < -180 || lng > 180) return `Longitude ${lng} is outside -180 to 180`;
  if (lat < -90 || lat > 90) return `Latitude ${lat} is outside -90 to 90`;
  return null;
}
