import { z } from 'zod';
import { IMAGE_MAX_BYTES, PMTILES_MAX_BYTES } from '../basemap';
import { recordBase } from '../records/base';
import { shortText } from '../text';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

export const basemapFileKinds = ['pmtiles', 'image'] as const;
export type BasemapFileKind = (typeof basemapFileKinds)[number];

const limit: Record<BasemapFileKind, number> = {
  pmtiles: PMTILES_MAX_BYTES,
  image: IMAGE_MAX_BYTES,
};

/**
 * A file a board's basemap is drawn from (an offline PMTiles map or a background image), kept in
 * this browser so the map works with no network. The bytes are a Blob, which IndexedDB stores
 * as it is: no copy in memory, no base64.
 */
export const basemapFileSchema = z
  .object({
    ...recordBase,
    fileName: shortText(),
    kind: z.enum(basemapFileKinds, { error: 'A basemap file is a PMTiles map or an image' }),
    size: z.number().int().nonnegative(),
    /** The file's media type as the browser reported it; may be empty for .pmtiles. */
    type: z.string().max(100),
    data: z.instanceof(Blob, { error: 'The file’s contents are missing' }),
  })
  .check((ctx) => {
    const f = ctx.value;
    if (f.size > limit[f.kind])
      ctx.issues.push({
        code: 'custom',
        message: `A ${f.kind === 'image' ? 'background image' : 'map file'} can be at most ${Math.round(limit[f.kind] / 1024 / 1024)} MB`,
        input: f.size,
        path: ['size'],
      });
    if (f.data.size !== f.size)
      ctx.issues.push({
        code: 'custom',
        message: 'The stored file is not complete',
        input: f.data.size,
        path: ['data'],
      });
  });
export type BasemapFile = z.infer<typeof basemapFileSchema>;

type NewBasemapFile = Given<
  BasemapFile,
  'id' | 'boardId' | 'fileName' | 'kind' | 'size' | 'type' | 'data'
>;

export const basemapFileKind: RecordKind<BasemapFile, 'basemapFiles', NewBasemapFile> = {
  table: 'basemapFiles',
  noun: { one: 'basemap file', many: 'basemap files' },
  schema: basemapFileSchema,
  create: (given) => ({ ...stamps, ...given }),
  references: [onBoard],
  fields: [],
  indexes: 'id, boardId',
  // The bytes are a map or a plan of a place, like the map drawn from them; the name is the
  // user's own.
  freeText: [],
  personal: ['fileName'],
};
