import { LEGEND_NOTE, legendSections } from '../../domain/legend';
import { SvgPrimitives } from '../../ui/drawing/SvgPrimitives';
import { SWATCH, swatchPrimitives } from '../../ui/drawing/swatch';

const sections = legendSections();

/**
 * What the shapes, colours and lines on the diagram mean. Built from the same definitions as the
 * diagram's styles (domain/encoding.ts via domain/legend.ts), so the two cannot disagree.
 */
export function Legend() {
  return (
    <aside className="legend" aria-label="Legend">
      <h2>Legend</h2>
      {sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3>{section.title}</h3>
          <ul>
            {section.items.map((item) => {
              const size = SWATCH[item.swatch.type];
              return (
                <li key={item.key}>
                  <svg
                    width={size.w}
                    height={size.h}
                    viewBox={`0 0 ${size.w} ${size.h}`}
                    aria-hidden="true"
                  >
                    <SvgPrimitives primitives={swatchPrimitives(item)} />
                  </svg>
                  {item.label}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <p className="legend-note">{LEGEND_NOTE}</p>
    </aside>
  );
}
