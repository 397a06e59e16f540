import type { HarmKind } from '../../domain/vocabulary';

/**
 * Each kind of harm's fill, told apart without colour (a report is often printed in black and
 * white): solid greys of three depths and five hatchings. `text` is the figure's colour on it.
 */
const LOOKS: Record<HarmKind, { fill: string; lines?: string; text: string }> = {
  cse: { fill: '#1a1d21', text: '#fff' },
  cce: { fill: '#fff', lines: 'M0 8 L8 0', text: '#000' },
  violence: { fill: '#5b6570', text: '#fff' },
  'relationship-abuse': { fill: '#fff', lines: 'M0 0 L8 8 M0 8 L8 0', text: '#000' },
  bullying: { fill: '#fff', lines: 'M2 2 h1 M6 6 h1', text: '#000' },
  hsb: { fill: '#fff', lines: 'M0 4 H8', text: '#000' },
  online: { fill: '#c4cad1', text: '#000' },
  other: { fill: '#fff', lines: 'M4 0 V8', text: '#000' },
};

const patternId = (kind: HarmKind) => `pp-harm-${kind}`;

/** The fill to draw a kind of harm with (a pattern defined by HarmPatterns, or a grey). */
export function harmFill(kind: HarmKind): string {
  return LOOKS[kind].lines ? `url(#${patternId(kind)})` : LOOKS[kind].fill;
}

export const harmText = (kind: HarmKind) => LOOKS[kind].text;

/** Drawn round a figure so that it stays readable over a hatching: the fill's own ground. */
export const harmHalo = (kind: HarmKind) => (LOOKS[kind].lines ? '#fff' : LOOKS[kind].fill);

/** The hatchings, defined once in an SVG of their own that every chart on the page can use. */
export function HarmPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="profile-defs">
      <defs>
        {(Object.keys(LOOKS) as HarmKind[])
          .filter((k) => LOOKS[k].lines)
          .map((k) => (
            <pattern key={k} id={patternId(k)} width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" fill="#fff" />
              <path
                d={LOOKS[k].lines}
                stroke="#000"
                strokeWidth={k === 'bullying' ? 2 : 1.4}
                strokeLinecap="square"
              />
            </pattern>
          ))}
      </defs>
    </svg>
  );
}

/** A legend swatch: the same fill as the bars, outlined so white hatchings show their edge. */
export function HarmSwatch({ kind }: { kind: HarmKind }) {
  return (
    <svg width="18" height="14" aria-hidden="true" focusable="false" className="profile-swatch">
      <rect x="0.5" y="0.5" width="17" height="13" fill={harmFill(kind)} stroke="#000" />
    </svg>
  );
}
