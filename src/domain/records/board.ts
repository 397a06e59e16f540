import { z } from 'zod';
import { isoDate, isoDateTime } from '../dates';
import { nameText, notesText, shortText } from '../text';
import { keysOf, namePolicies } from '../vocabulary';
import { enumOf, recordBase } from './base';

/** How the map view draws its background. Nothing is fetched unless the user picks `tiles`. */
export const basemapSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('sketch') }),
  z.object({
    kind: z.literal('tiles'),
    urlTemplate: z.string().max(500),
    attribution: shortText(300),
  }),
  z.object({ kind: z.literal('pmtiles'), fileName: shortText(), blobId: z.string().max(64) }),
  z.object({
    kind: z.literal('image'),
    fileName: shortText(),
    blobId: z.string().max(64),
    width: z.number().positive(),
    height: z.number().positive(),
  }),
]);
export type Basemap = z.infer<typeof basemapSchema>;

export const indicatorKindSchema = z.object({
  key: z.string().min(1).max(40),
  label: nameText('indicator name'),
  /** Counts towards a cumulative concern about exploitation. */
  exploitation: z.boolean(),
});
export type IndicatorKind = z.infer<typeof indicatorKindSchema>;

/** A contextual check the group considered and judged not to apply, with its reason. */
export const consideredCheckSchema = z.object({
  key: z.string().min(1).max(200),
  reason: nameText('reason'),
  by: shortText(),
  at: isoDateTime,
});

/** A board: one mapping exercise with a stated purpose, owner and review date. */
export const boardSchema = z.object({
  ...recordBase,
  title: nameText('title'),
  purpose: z
    .string()
    .max(2000, { error: 'At most 2,000 characters' })
    .refine((s) => s.trim().length > 0, {
      error: 'Say why you are mapping: the purpose cannot be empty',
    }),
  owner: nameText('owner'),
  reviewDate: isoDate,
  retentionDate: isoDate.nullable(),
  classification: shortText(60),
  namePolicy: enumOf(keysOf(namePolicies), 'name policy'),
  basemap: basemapSchema,
  indicatorKinds: z.array(indicatorKindSchema).max(100),
  considered: z.array(consideredCheckSchema).max(2000),
  notes: notesText,
  archived: z.boolean(),
});
export type Board = z.infer<typeof boardSchema>;
