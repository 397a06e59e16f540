import type { FieldDef } from '../../domain/kinds/fields';
import { placeKind, type Place } from '../../domain/kinds/place';

export const notesField: FieldDef = placeKind.fields.find((d) => d.key === 'notes')!;

/**
 * A place's own fields at the top of its panel; time bands, guardians and agencies have their own
 * sections and notes come last. A drawn place is not offered "Online space": an online space has
 * no shape, so the map would go on drawing one that the legend says cannot be there.
 */
export function placeFields(place: Place, { withName }: { withName: boolean }): FieldDef[] {
  const drawn = place.geometry !== null && place.kind !== 'online';
  return placeKind.fields
    .filter((d) => d !== notesField && (withName || d.key !== 'name'))
    .map((d) =>
      d.key === 'kind' && drawn
        ? { ...d, options: d.options?.filter((k) => k.key !== 'online') }
        : d,
    );
}
