import { z } from 'zod';
import { recordBase } from './base';
import { positionSchema } from './geometry';

/** A free-text note pinned on the network canvas or the map, optionally attached to a record. */
export const annotationSchema = z.object({
  ...recordBase,
  text: z
    .string()
    .max(2000, { error: 'A note can be at most 2,000 characters' })
    .refine((s) => s.trim().length > 0, { error: 'A note cannot be empty' }),
  surface: z.enum(['network', 'map']),
  /** Network canvas position (model coordinates) when on the network. */
  position: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable(),
  /** Map position, `[lng, lat]`, when on the map. */
  lngLat: positionSchema.nullable(),
  attachedTo: z
    .object({ kind: z.enum(['person', 'group', 'place']), id: z.string().min(1) })
    .nullable(),
});
export type Annotation = z.infer<typeof annotationSchema>;
