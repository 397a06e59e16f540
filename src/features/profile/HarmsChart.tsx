import { harmKinds, labelOf, type HarmKind } from '../../domain/vocabulary';
import type { ProblemProfile } from '../../domain/analysis/problemProfile';
import { harmFill, harmHalo, harmText, HarmSwatch } from './harmPatterns';
import { monthLabel } from './profileWords';

const W = 720;
const H = 300;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 56;

/** A round step for the count axis: 1, 2 or 5 times a power of ten, about five ticks high. */
export function niceStep(max: number): number {
  const rough = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
}

interface Props {
  months: ProblemProfile['harmsByMonth'];
  /** The kinds of harm recorded, in the vocabulary's order. */
  kinds: readonly HarmKind[];
}

/**
 * Incidents by month, one bar a month, stacked by kind of harm (an incident of two kinds counts
 * in both). Drawn from the counts as SVG elements; every figure and label is a text node.
 */
export function HarmsChart({ months, kinds }: Props) {
  const totals = months.map((m) => kinds.reduce((t, k) => t + (m.counts[k] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotH = H - TOP - BOTTOM;
  const plotW = W - LEFT - RIGHT;
  const slot = plotW / months.length;
  const barW = Math.max(2, Math.min(48, slot * 0.75));
  const y = (n: number) => TOP + plotH - (n / top) * plotH;
  const every = Math.ceil(months.length / 18);
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  return (
    <figure className="profile-figure">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="profile-chart"
        role="img"
        aria-label={`Incidents by month and kind of harm, ${months.length} months: the table below gives the figures`}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} stroke="#c4cad1" />
            <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" fontSize="12">
              {t}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = LEFT + i * slot + (slot - barW) / 2;
          let base = 0;
          return (
            <g key={m.month}>
              {kinds.map((k) => {
                const n = m.counts[k] ?? 0;
                if (!n) return null;
                const y0 = y(base + n);
                const h = y(base) - y0;
                base += n;
                return (
                  <g key={k}>
                    <rect x={x} y={y0} width={barW} height={h} fill={harmFill(k)} stroke="#000" />
                    {h >= 14 && barW >= 18 && (
                      <text
                        x={x + barW / 2}
                        y={y0 + h / 2 + 4}
                        textAnchor="middle"
                        fontSize="12"
                        fontWeight="700"
                        fill={harmText(k)}
                        stroke={harmHalo(k)}
                        strokeWidth="5"
                        className="profile-segment-figure"
                      >
                        {n}
                      </text>
                    )}
                  </g>
                );
              })}
              {i % every === 0 && (
                <text
                  x={x + barW / 2}
                  y={H - BOTTOM + 14}
                  fontSize="12"
                  textAnchor="end"
                  transform={`rotate(-40 ${x + barW / 2} ${H - BOTTOM + 14})`}
                >
                  {monthLabel(m.month)}
                </text>
              )}
            </g>
          );
        })}
        <line x1={LEFT} x2={W - RIGHT} y1={y(0)} y2={y(0)} stroke="#000" />
        <text
          x={12}
          y={TOP + plotH / 2}
          fontSize="12"
          textAnchor="middle"
          transform={`rotate(-90 12 ${TOP + plotH / 2})`}
        >
          Incidents
        </text>
      </svg>
      <figcaption>
        <ul className="profile-legend" aria-label="Kinds of harm">
          {kinds.map((k) => (
            <li key={k}>
              <HarmSwatch kind={k} /> {labelOf(harmKinds, k)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
