import { describe, expect, it } from 'vitest';
import {
  changeFirst,
  changeFirstWords,
  contextGlyph,
  rankContexts,
} from '../../src/domain/contextWeighting';
import { emptyContexts, type Contexts } from '../../src/domain/records/contexts';
import type { ContextKey } from '../../src/domain/vocabulary';

function weighted(weights: Partial<Record<ContextKey, number>>): Contexts {
  const c = emptyContexts();
  for (const [k, w] of Object.entries(weights)) c[k as ContextKey].weight = w;
  return c;
}

describe('which context must change first', () => {
  it('is the context with the highest weight, whatever order they are listed in', () => {
    const c = weighted({ home: 2, peer: 5, school: 3 });
    expect(changeFirst(c)).toEqual(['peer']);
    expect(contextGlyph(c)).toBe('P');
    expect(contextGlyph(weighted({ online: 4, neighbourhood: 1 }))).toBe('O');
    expect(contextGlyph(weighted({ home: 1 }))).toBe('H');
  });

  it('is nothing at all when no context is weighted above 0', () => {
    const c = emptyContexts();
    expect(changeFirst(c)).toEqual([]);
    expect(contextGlyph(c)).toBe('');
    expect(changeFirstWords(c)).toMatch(/^No context weighted yet/);
  });

  it('says so on a tie, rather than picking one', () => {
    const c = weighted({ school: 4, neighbourhood: 4, home: 1 });
    expect(changeFirst(c)).toEqual(['school', 'neighbourhood']);
    expect(contextGlyph(c)).toBe('=');
    expect(changeFirstWords(c)).toBe(
      'Change first: School / education and Neighbourhood (equal), then Home / family',
    );
  });

  it('a heavier context after a tie still wins', () => {
    expect(contextGlyph(weighted({ home: 3, peer: 3, online: 5 }))).toBe('O');
  });

  it('ranks the weighted contexts heaviest first in plain words, leaving out weight 0', () => {
    const c = weighted({ peer: 5, school: 2 });
    expect(rankContexts(c)).toEqual([
      { weight: 5, keys: ['peer'] },
      { weight: 2, keys: ['school'] },
    ]);
    expect(changeFirstWords(c)).toBe('Change first: Peer group, then School / education');
  });
});
