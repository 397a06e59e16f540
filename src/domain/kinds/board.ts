import { z } from 'zod';
import { isoDate, isoDateTime } from '../dates';
import { enumOf, recordBase } from '../records/base';
import { reviewDateProblem } from '../rules';
import { nameText, notesText, shortText } from '../text';
import { DEFAULT_CLASSIFICATION, defaultIndicatorKinds, keysOf, namePolicies } from '../vocabulary';
import { optionalDate, type FieldDef } from './fields';
import { stamps, type Given, type RecordKind } from './kind';

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

type NewBoard = Given<Board, 'id' | 'title' | 'purpose' | 'owner' | 'reviewDate'>;

/** A new board; its `boardId` is its own id. */
export function newBoard(
  id: string,
  fields: Given<Board, 'title' | 'purpose' | 'owner' | 'reviewDate'>,
): Board {
  return {
    retentionDate: null,
    classification: DEFAULT_CLASSIFICATION,
    namePolicy: 'full',
    basemap: { kind: 'none' },
    indicatorKinds: defaultIndicatorKinds.map((k) => ({ ...k })),
    considered: [],
    notes: '',
    archived: false,
    ...stamps,
    ...fields,
    id,
    boardId: id,
  };
}

/** A board's own fields, edited in the side panel when nothing is selected. */
const fields: readonly FieldDef[] = [
  { key: 'title', label: 'Title', control: 'text' },
  { key: 'purpose', label: 'Why are we mapping?', control: 'textarea' },
  { key: 'owner', label: 'Owner', control: 'text', half: true },
  {
    key: 'reviewDate',
    label: 'Review by',
    control: 'date',
    rule: (v) => (v ? reviewDateProblem(v as string) : 'Pick a review date'),
    half: true,
  },
  { key: 'classification', label: 'Classification marking', control: 'text' },
  {
    key: 'namePolicy',
    label: 'Names shown',
    control: 'select',
    options: namePolicies,
    hint: 'On the diagram, lists and exports. Presenter-safe (P) never shows full names.',
  },
  {
    key: 'retentionDate',
    label: 'Keep until',
    control: 'date',
    ...optionalDate,
    hint: 'When this board should be deleted, under your retention policy.',
  },
  { key: 'notes', label: 'Board notes', control: 'textarea' },
];

export const boardKind: RecordKind<Board, 'boards', NewBoard> = {
  table: 'boards',
  noun: { one: 'board', many: 'boards' },
  schema: boardSchema,
  create: ({ id, ...rest }) => newBoard(id, rest),
  references: [
    // The file its basemap is drawn from; choosing another basemap deletes the old file, and a
    // copied board whose file is missing gets the plain grid.
    { field: 'basemap.blobId', to: 'basemapFiles', onDelete: 'clear', checked: false },
  ],
  fields,
  indexes: 'id, updatedAt, reviewDate',
  freeText: ['notes'],
  personal: ['title', 'purpose', 'owner', 'considered', 'notes'],
};
