import { z } from 'zod';
import { recordBase } from '../records/base';
import { positionSchema } from '../records/geometry';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

const attachable = ['person', 'group', 'place'] as const;

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
  attachedTo: z.object({ kind: z.enum(attachable), id: z.string().min(1) }).nullable(),
});
export type Annotation = z.infer<typeof annotationSchema>;

type NewAnnotation = Given<Annotation, 'id' | 'boardId' | 'text'>;

export function newAnnotation(
  id: string,
  boardId: string,
  text: string,
  position: { x: number; y: number },
  attachedTo: Annotation['attachedTo'] = null,
): Annotation {
  return annotationKind.create({ id, boardId, text, position, attachedTo });
}

export const annotationKind: RecordKind<Annotation, 'annotations', NewAnnotation> = {
  table: 'annotations',
  noun: { one: 'note', many: 'notes' },
  schema: annotationSchema,
  create: ({ id, boardId, text, ...rest }) => ({
    text,
    surface: 'network',
    position: null,
    lngLat: null,
    attachedTo: null,
    ...stamps,
    ...rest,
    id,
    boardId,
  }),
  references: [
    onBoard,
    // A note pinned to a person, group or place is about them: it goes with them.
    {
      field: 'attachedTo.id',
      to: {
        by: 'kind',
        tables: { person: 'people', group: 'groups', place: 'places' } satisfies Record<
          (typeof attachable)[number],
          'people' | 'groups' | 'places'
        >,
      },
      onDelete: 'cascade',
      checked: false,
    },
  ],
  // A note is edited where it is pinned (notes/NoteInput.tsx), not in a panel form.
  fields: [],
  indexes: 'id, boardId',
  freeText: ['text'],
  personal: ['text'],
};
