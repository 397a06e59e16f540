import type { CoordinateSpace } from '../../../domain/records/geometry';
import type { Place } from '../../../domain/kinds/place';

/**
 * Places drawn in the other coordinate space (on the geographic map while an image is shown, or
 * on an image while a map is shown) cannot be placed on this background. They are kept, not lost;
 * this says so in one plain line, or null when every drawn place is shown.
 */
export function hiddenPlacesNote(
  places: readonly Pick<Place, 'geometry' | 'coordinateSpace'>[],
  space: CoordinateSpace,
): string | null {
  const n = places.filter((p) => p.geometry !== null && p.coordinateSpace !== space).length;
  if (n === 0) return null;
  const are = n === 1 ? '1 place is' : `${n.toLocaleString('en-GB')} places are`;
  return space === 'image'
    ? `${are} drawn on the geographic map and ${n === 1 ? 'is' : 'are'} not shown on this image`
    : `${are} drawn on a background image and ${n === 1 ? 'is' : 'are'} not shown on this map`;
}
