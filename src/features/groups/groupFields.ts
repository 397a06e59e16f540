import { groupPalette } from '../../domain/encoding';
import { riskLevels } from '../../domain/vocabulary';
// eslint-disable-next-line no-restricted-imports -- moves with record kinds (issue 11)
import type { FieldDef } from '../records/fieldDefs';

const colourNames = ['Blue', 'Orange', 'Green', 'Purple', 'Red', 'Teal', 'Brown', 'Pink'];

/**
 * A group's own fields in panel order; members and their roles have their own section. A colour
 * from outside the palette (an imported board) is offered as "Current colour" so it is not lost.
 */
export function groupFields(colour: string): readonly FieldDef[] {
  const palette = groupPalette.map((key, i) => ({ key, label: colourNames[i] ?? key }));
  const options = palette.some((o) => o.key === colour)
    ? palette
    : [{ key: colour, label: 'Current colour' }, ...palette];
  return [
    { key: 'name', label: 'Group name', control: 'text' },
    {
      key: 'concernLevel',
      label: 'Concern level',
      control: 'select',
      options: riskLevels,
      half: true,
    },
    {
      key: 'colour',
      label: 'Outline colour',
      control: 'select',
      options,
      half: true,
    },
    { key: 'notes', label: 'Notes', control: 'textarea' },
  ];
}
