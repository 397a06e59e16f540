import type { BoardMeasures, MeasureKey } from '../../domain/analysis/measures';

/** One ranked card: what the measure means and its caveat, in plain words (README says the same). */
export interface MeasureCard {
  key: Exclude<MeasureKey, 'core'>;
  title: string;
  means: string;
  caveat: string;
  /** What the card says when nobody scores above 0. */
  none: string;
  value: (n: number) => string;
}

const people = (n: number) => (n === 1 ? '1 person' : `${n.toLocaleString('en-GB')} people`);

export const measureCards: readonly MeasureCard[] = [
  {
    key: 'links',
    title: 'Most connected',
    means: 'Who has associations recorded with the most people.',
    caveat: 'Someone better known to agencies will have more recorded.',
    none: 'Nobody has a recorded association yet.',
    value: (n) => (n === 1 ? '1 link' : `${n} links`),
  },
  {
    key: 'bridging',
    title: 'Who bridges groups',
    means:
      'Who lies on many of the shortest chains between other people: without them, some people would be further apart or not linked at all.',
    caveat: 'A bridge can be a protective link as much as a risk.',
    none: 'Nobody lies between two others: everyone linked is linked directly to all the people they reach.',
    value: (n) => `${Math.round(n * 100)}% of chains`,
  },
  {
    key: 'reach',
    title: 'Reaches most in two steps',
    means: 'Who reaches the most people directly or through one person in between.',
    caveat: 'Reach counts recorded links; it says nothing about influence.',
    none: 'Nobody reaches anyone: no associations are recorded yet.',
    value: (n) => `reaches ${people(n)}`,
  },
];

/** The people in the board's highest core, and what that core means in words. */
export function coreOf(measures: BoardMeasures): { k: number; members: string[] } {
  const k = measures.topCore;
  if (k < 2) return { k, members: [] };
  const members = [...measures.people.entries()]
    .filter(([, m]) => m.core === k)
    .map(([id]) => id)
    .sort();
  return { k, members };
}
