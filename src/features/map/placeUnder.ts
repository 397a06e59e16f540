/**
 * The place drawn on the map under a point on the page, or null. Each place's layer carries its
 * id (see adapters/leaflet/placeLayer.ts), so a person dragged out of the network and let go over
 * the map finds the place without the network knowing anything about Leaflet.
 */
export function placeUnder(at: { x: number; y: number }): string | null {
  for (const el of document.elementsFromPoint(at.x, at.y)) {
    const found = el.closest<HTMLElement | SVGElement>('[data-place-id]');
    if (found) return found.dataset.placeId ?? null;
  }
  return null;
}
