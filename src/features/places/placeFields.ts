import type { Place } from '../../domain/records/place';
import { placeKinds, riskLevels } from '../../domain/vocabulary';
// eslint-disable-next-line no-restricted-imports -- moves with record kinds (issue 11)
import type { FieldDef } from '../records/fieldDefs';

const nameField: FieldDef = { key: 'name', label: 'Place name', control: 'text' };
export const notesField: FieldDef = { key: 'notes', label: 'Notes', control: 'textarea' };

/**
 * A place's own fields at the top of its panel; time bands, guardians and agencies have their own
 * sections and notes come last. A drawn place is not offered "Online space": an online space has
 * no shape, so the map would go on drawing one that the legend says cannot be there.
 */
export function placeFields(place: Place, { withName }: { withName: boolean }): FieldDef[] {
  const kinds =
    place.geometry && place.kind !== 'online'
      ? placeKinds.filter((k) => k.key !== 'online')
      : placeKinds;
  return [
    ...(withName ? [nameField] : []),
    { key: 'kind', label: 'Kind of place', control: 'select', options: kinds, half: true },
    { key: 'riskLevel', label: 'Risk level', control: 'select', options: riskLevels, half: true },
  ];
}
