import type { Contexts } from './records/contexts';
import { contextKeys, type ContextKey } from './vocabulary';

/** One step of the ranking: the contexts that share a weight, in the vocabulary's order. */
export interface RankStep {
  weight: number;
  keys: ContextKey[];
}

/** The one-letter badge for the context that must change first, on nodes, outlines and legend. */
export const contextGlyphs: Record<ContextKey, string> = {
  home: 'H',
  peer: 'P',
  school: 'S',
  neighbourhood: 'N',
  online: 'O',
};

/** The badge when two or more contexts share the highest weight: the chair must still choose. */
export const TIE_GLYPH = '=';

const labelOf = (key: ContextKey) => contextKeys.find((c) => c.key === key)?.label ?? key;

/**
 * The weighted contexts, heaviest first; contexts of equal weight share a step. Weight 0 means "not
 * a priority", so those are left out: an unweighted assessment has no ranking at all.
 */
export function rankContexts(contexts: Contexts): RankStep[] {
  const steps: RankStep[] = [];
  for (let weight = 5; weight >= 1; weight--) {
    const keys = contextKeys.map((c) => c.key).filter((k) => contexts[k].weight === weight);
    if (keys.length > 0) steps.push({ weight, keys });
  }
  return steps;
}

/** The context(s) that must change first: the highest weight above 0; more than one on a tie. */
export function changeFirst(contexts: Contexts): ContextKey[] {
  return rankContexts(contexts)[0]?.keys ?? [];
}

/** The badge drawn on a node: a context's letter, the tie mark, or '' when nothing is weighted. */
export function contextGlyph(contexts: Contexts): string {
  // One pass without allocating: this runs for every person when a large board is drawn.
  let best = 0;
  let glyph = '';
  for (const c of contextKeys) {
    const w = contexts[c.key].weight;
    if (w > best) {
      best = w;
      glyph = contextGlyphs[c.key];
    } else if (w === best && w > 0) glyph = TIE_GLYPH;
  }
  return glyph;
}

const joinAnd = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

const stepWords = (step: RankStep) => {
  const words = joinAnd(step.keys.map(labelOf));
  return step.keys.length > 1 ? `${words} (equal)` : words;
};

/**
 * The ranking in plain words, e.g. "Change first: Peer group, then School / education". Contexts
 * of equal weight are said to be equal, so a tie is never read as an order.
 */
export function changeFirstWords(contexts: Contexts): string {
  const steps = rankContexts(contexts);
  if (steps.length === 0)
    return 'No context weighted yet: set a weight to say what must change first.';
  return `Change first: ${steps.map(stepWords).join(', then ')}`;
}
