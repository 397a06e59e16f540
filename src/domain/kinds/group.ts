import { z } from 'zod';
import { groupPalette } from '../encoding';
import { enumOf, recordBase } from '../records/base';
import { contextsSchema, emptyContexts } from '../records/contexts';
import { nameText, notesText, shortText } from '../text';
import { keysOf, riskLevels } from '../vocabulary';
import type { FieldDef } from './fields';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

/** A peer group of concern or a cohort. Membership is its own record so a person can be in several. */
export const groupSchema = z.object({
  ...recordBase,
  name: nameText('group name'),
  concernLevel: enumOf(keysOf(riskLevels), 'concern level'),
  contexts: contextsSchema,
  strengths: z.array(shortText(500)).max(200),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'A colour like #1f77b4' }),
  notes: notesText,
});
export type Group = z.infer<typeof groupSchema>;

type NewGroup = Given<Group, 'id' | 'boardId' | 'name' | 'colour'>;

export function newGroup(
  id: string,
  boardId: string,
  fields: Given<Group, 'name' | 'colour'>,
): Group {
  return {
    concernLevel: 'not-assessed',
    contexts: emptyContexts(),
    strengths: [],
    notes: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

const colourNames = ['Blue', 'Orange', 'Green', 'Purple', 'Red', 'Teal', 'Brown', 'Pink'];

/** The outline colours offered: the palette, by name. */
export const groupColours = groupPalette.map((key, i) => ({ key, label: colourNames[i] ?? key }));

/** A group's own fields in panel order; members and their roles have their own section. */
const fields: readonly FieldDef[] = [
  { key: 'name', label: 'Group name', control: 'text' },
  {
    key: 'concernLevel',
    label: 'Concern level',
    control: 'select',
    options: riskLevels,
    half: true,
  },
  { key: 'colour', label: 'Outline colour', control: 'select', options: groupColours, half: true },
  { key: 'notes', label: 'Notes', control: 'textarea' },
];

export const groupKind: RecordKind<Group, 'groups', NewGroup> = {
  table: 'groups',
  noun: { one: 'group', many: 'groups' },
  schema: groupSchema,
  create: ({ id, boardId, ...rest }) => newGroup(id, boardId, rest),
  references: [onBoard],
  fields,
  indexes: 'id, boardId',
  // A group may be named after someone ("Kayden's friends").
  freeText: ['notes', 'contexts.*.notes'],
  personal: ['name', 'contexts', 'strengths', 'notes'],
};
