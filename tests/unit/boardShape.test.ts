import { describe, expect, it } from 'vitest';
import { boardShape } from '../../src/domain/analysis/boardShape';

const link = (fromId: string, toId: string) => ({ fromId, toId });

describe('the shape of a board', () => {
  it('an empty board and a board of one person have no parts', () => {
    expect(boardShape([], [])).toEqual({ people: 0, unlinked: 0, parts: 0 });
    expect(boardShape(['ava'], [])).toEqual({ people: 1, unlinked: 1, parts: 0 });
  });

  it('counts the separate parts and the people with no link', () => {
    const shape = boardShape(
      ['a', 'b', 'c', 'd', 'e', 'loner'],
      [link('a', 'b'), link('b', 'c'), link('d', 'e'), link('e', 'd')],
    );
    expect(shape).toEqual({ people: 6, unlinked: 1, parts: 2 });
  });

  it('ignores self-links and links to people not on the board', () => {
    expect(boardShape(['a', 'b'], [link('a', 'a'), link('a', 'gone')])).toEqual({
      people: 2,
      unlinked: 2,
      parts: 0,
    });
  });

  it('joins parts linked through a long chain, whatever the order the links come in', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `p${i}`);
    const chain = ids
      .slice(1)
      .map((id, i) => link(id, ids[i]!))
      .reverse();
    expect(boardShape(ids, chain)).toEqual({ people: 50, unlinked: 0, parts: 1 });
  });
});
