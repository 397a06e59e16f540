import type { Place } from '../../domain/kinds/place';
import { placeKindStyle } from '../../domain/placeEncoding';
import { placeKinds } from '../../domain/vocabulary';
import { useUi } from '../../state/uiStore';
import { selectPlace } from '../map';

const kindLabel = (k: Place['kind']) => placeKinds.find((x) => x.key === k)?.label ?? k;

/**
 * The board's places, including online spaces (which have no shape, so the map cannot show
 * them): the keyboard's way to pick a place, and the one list of every context.
 */
export function PlacesList({
  places,
  mask,
}: {
  places: readonly Place[];
  mask: (text: string) => string;
}) {
  const selected = useUi((s) => s.selection.places);
  return (
    <nav className="groups-list places-list" aria-label="Places on this board">
      <h2>Places ({places.length})</h2>
      {places.length === 0 ? (
        <p className="muted small">Open the map and draw a place, or add an online space.</p>
      ) : (
        <ul>
          {[...places]
            .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
            .map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  aria-pressed={selected.includes(p.id)}
                  onClick={(e) => selectPlace(p.id, e.shiftKey)}
                >
                  <span
                    className="place-glyph"
                    aria-hidden="true"
                    style={{ borderColor: placeKindStyle[p.kind].colour }}
                  >
                    {placeKindStyle[p.kind].glyph}
                  </span>
                  {mask(p.name)}
                  <span className="meta">
                    {' '}
                    · {kindLabel(p.kind)}
                    {p.geometry === null && p.kind !== 'online' ? ' · not on the map' : ''}
                  </span>
                </button>
              </li>
            ))}
        </ul>
      )}
    </nav>
  );
}
