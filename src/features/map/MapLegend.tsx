import type { ReactNode } from 'react';
import { useMapLegend } from '../../state/mapLegendStore';
import { MAP_SWATCH, mapLegendSections } from '../export';
import { SvgPrimitives } from '../../ui/drawing/SvgPrimitives';
import './mapLegend.css';

const sections = mapLegendSections();

/** The "Legend" button of the map toolbar. */
export function MapLegendToggle() {
  const open = useMapLegend((s) => s.open);
  const toggle = useMapLegend((s) => s.toggle);
  return (
    <button type="button" aria-pressed={open} onClick={toggle}>
      Legend
    </button>
  );
}

/**
 * What the marks on the map mean, over the map's top-right corner while the Legend button is on.
 * Drawn from the same definitions as the map layers (placeEncoding.ts), so the two cannot disagree.
 * `extra` takes further sections (incidents: clusters and heat) from the map's other parts.
 */
export function MapLegend({ extra }: { extra?: ReactNode }) {
  const open = useMapLegend((s) => s.open);
  if (!open) return null;
  return (
    <aside className="legend map-legend" aria-label="Map legend">
      <h2>Legend</h2>
      {sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3>{section.title}</h3>
          <ul>
            {section.items.map((item) => (
              <li key={item.key}>
                <svg
                  width={MAP_SWATCH.w}
                  height={MAP_SWATCH.h}
                  viewBox={`0 0 ${MAP_SWATCH.w} ${MAP_SWATCH.h}`}
                  aria-hidden="true"
                >
                  <SvgPrimitives primitives={item.swatch} />
                </svg>
                {item.label}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {extra}
    </aside>
  );
}
