import type { MeasureKey } from './measures';

/**
 * A person's node size on the diagram, in model units, when people are sized by a measure. The
 * smallest is the usual node (still easy to click or tap, and names sit under it as always); the
 * largest is big enough to pick out on a projector without covering its neighbours' names.
 */
export const SIZE_RANGE = { min: 44, max: 104 } as const;

/**
 * Node sizes from one measure's values: the area grows with the value (square root of the
 * diameter), so a person with twice the value does not look four times as big. Nobody with a
 * value of 0 (or a board where everybody has 0) is drawn larger than usual.
 */
export function sizesFor(
  values: ReadonlyMap<string, number>,
  range: { min: number; max: number } = SIZE_RANGE,
): Map<string, number> {
  let top = 0;
  for (const v of values.values()) if (Number.isFinite(v) && v > top) top = v;
  const out = new Map<string, number>();
  for (const [id, v] of values) {
    const share = top > 0 && Number.isFinite(v) && v > 0 ? Math.sqrt(v / top) : 0;
    out.set(id, Math.round(range.min + (range.max - range.min) * share));
  }
  return out;
}

/** At most this many rings in a concentric layout by a measure: more could not be told apart. */
export const MAX_RINGS = 8;

/**
 * Ring levels for a concentric layout by a measure (higher = nearer the middle). A measure with
 * few distinct values (links, core) keeps one ring per value. Otherwise (bridging is a fraction)
 * the highest value keeps the middle to itself and the rest are shared among the other rings by
 * how near they come to it; 0 is always the outside ring.
 */
export function ringLevels(
  values: ReadonlyMap<string, number>,
  // A few people on many rings would look scattered, not ringed: about √n rings, 3 at least.
  maxRings: number = Math.max(3, Math.min(MAX_RINGS, Math.round(Math.sqrt(values.size)))),
): Map<string, number> {
  const clean = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  const distinct = new Set([...values.values()].map(clean));
  const out = new Map<string, number>();
  if (distinct.size <= maxRings) {
    for (const [id, v] of values) out.set(id, clean(v));
    return out;
  }
  const top = Math.max(...distinct);
  // Levels 1 … maxRings - 2 share the values between 0 and the top; the top is maxRings - 1.
  const shared = maxRings - 2;
  for (const [id, raw] of values) {
    const v = clean(raw);
    const level =
      v === 0 ? 0 : v === top ? maxRings - 1 : Math.min(shared, Math.ceil((v / top) * shared));
    out.set(id, level);
  }
  return out;
}

/** The measures people can be sized or laid out by, in the words the menus and the key use. */
export const measureWords: Record<MeasureKey, string> = {
  links: 'number of links',
  bridging: 'bridges between groups',
  reach: 'reach in two steps',
  core: 'core',
};

/** The key over the diagram: what size means, and whether the worker is still on it. */
export const sizeKeyText = (key: MeasureKey, ready = true) =>
  `Size: ${measureWords[key]}, based only on the associations recorded here${ready ? '' : ' (working it out…)'}`;

export const isMeasureKey = (v: unknown): v is MeasureKey =>
  typeof v === 'string' && Object.hasOwn(measureWords, v);
