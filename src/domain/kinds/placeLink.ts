import { z } from 'zod';
import { isoDate } from '../dates';
import { enumOf, recordBase } from '../records/base';
import { notesText, shortText } from '../text';
import { confidences, keysOf, placeLinkKinds } from '../vocabulary';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

export const placeLinkSubjects = ['person', 'group'] as const;

/** A person or a group linked to a place, e.g. "frequents" the park after school. */
export const placeLinkSchema = z.object({
  ...recordBase,
  placeId: z.string().min(1),
  subjectKind: z.enum(placeLinkSubjects),
  subjectId: z.string().min(1),
  kind: enumOf(keysOf(placeLinkKinds), 'kind of place link'),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  source: shortText(),
  confidence: enumOf(keysOf(confidences), 'confidence'),
  notes: notesText,
});
export type PlaceLink = z.infer<typeof placeLinkSchema>;

type NewPlaceLink = Given<
  PlaceLink,
  'id' | 'boardId' | 'placeId' | 'subjectKind' | 'subjectId' | 'kind'
>;

export function newPlaceLink(
  id: string,
  boardId: string,
  fields: Given<PlaceLink, 'placeId' | 'subjectKind' | 'subjectId' | 'kind'>,
): PlaceLink {
  return {
    from: null,
    to: null,
    source: '',
    confidence: 'reported',
    notes: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

export const placeLinkKind: RecordKind<PlaceLink, 'placeLinks', NewPlaceLink> = {
  table: 'placeLinks',
  noun: { one: 'place link', many: 'place links' },
  schema: placeLinkSchema,
  create: ({ id, boardId, ...rest }) => newPlaceLink(id, boardId, rest),
  references: [
    onBoard,
    { field: 'placeId', to: 'places', onDelete: 'cascade', checked: true },
    {
      field: 'subjectId',
      to: {
        by: 'subjectKind',
        tables: { person: 'people', group: 'groups' } satisfies Record<
          (typeof placeLinkSubjects)[number],
          'people' | 'groups'
        >,
      },
      onDelete: 'cascade',
      checked: true,
    },
  ],
  // Kind, confidence and source are edited on each link's row (places/PlaceLinksSection.tsx).
  fields: [],
  indexes: 'id, boardId, placeId, subjectId',
  freeText: ['notes'],
  personal: ['source', 'notes'],
};
