import {
  associationColour,
  confidenceLine,
  OUTLINE,
  personShape,
  riskFill,
} from '../../domain/encoding';
import { associationKinds, confidences, personKinds, riskLevels } from '../../domain/vocabulary';

const dash = { solid: undefined, dashed: '8 5', dotted: '2 4' } as const;

/** A small drawing of a node shape, matching Cytoscape's shapes of the same name. */
function ShapeSwatch({ shape, fill }: { shape: string; fill: string }) {
  const common = { fill, stroke: OUTLINE, strokeWidth: 1.5 };
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="11" cy="11" r="8" {...common} />}
      {shape === 'diamond' && <polygon points="11,2 20,11 11,20 2,11" {...common} />}
      {shape === 'round-rectangle' && (
        <rect x="3" y="3" width="16" height="16" rx="4" {...common} />
      )}
      {shape === 'hexagon' && <polygon points="6,3 16,3 20,11 16,19 6,19 2,11" {...common} />}
    </svg>
  );
}

function LineSwatch({
  colour,
  line,
  width = 3,
  arrow = false,
}: {
  colour: string;
  line?: keyof typeof dash;
  width?: number;
  arrow?: boolean;
}) {
  return (
    <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true">
      <line
        x1="2"
        y1="7"
        x2={arrow ? 30 : 38}
        y2="7"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={line ? dash[line] : undefined}
      />
      {arrow && <polygon points="30,2 39,7 30,12" fill={colour} />}
    </svg>
  );
}

/**
 * What the shapes, colours and lines on the diagram mean. Built from the same definitions as the
 * diagram's styles (domain/encoding.ts), so the two cannot disagree.
 */
export function Legend() {
  return (
    <aside className="legend" aria-label="Legend">
      <h2>Legend</h2>
      <h3>People</h3>
      <ul>
        {personKinds.map((k) => (
          <li key={k.key}>
            <ShapeSwatch shape={personShape[k.key]} fill="#ffffff" />
            {k.label}
          </li>
        ))}
      </ul>
      <h3>Risk level</h3>
      <ul>
        {riskLevels.map((r) => (
          <li key={r.key}>
            <ShapeSwatch shape="ellipse" fill={riskFill[r.key]} />
            {r.label}
          </li>
        ))}
      </ul>
      <h3>Associations</h3>
      <ul>
        {associationKinds.map((k) => (
          <li key={k.key}>
            <LineSwatch colour={associationColour[k.key]} width={k.protective ? 5 : 3} />
            {k.label}
          </li>
        ))}
      </ul>
      <h3>How sure</h3>
      <ul>
        {confidences.map((c) => (
          <li key={c.key}>
            <LineSwatch colour="#333333" line={confidenceLine[c.key]} />
            {c.label}
          </li>
        ))}
        <li>
          <LineSwatch colour="#333333" arrow />
          Directed (from → to)
        </li>
      </ul>
      <p className="legend-note">
        Recorded associations are information with sources, not findings of fact.
      </p>
    </aside>
  );
}
