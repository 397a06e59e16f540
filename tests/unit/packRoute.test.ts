import { describe, expect, it } from 'vitest';
import { hashOf, parseHash } from '../../src/app/router';

describe('meeting pack routes', () => {
  it('opens the pack for the latest meeting or a chosen one, and back again', () => {
    expect(parseHash('#/board/b%201/pack')).toEqual({
      name: 'pack',
      boardId: 'b 1',
      meetingId: null,
    });
    expect(parseHash('#/board/b1/pack/m%2F2')).toEqual({
      name: 'pack',
      boardId: 'b1',
      meetingId: 'm/2',
    });
    expect(parseHash('#/board/b1')).toEqual({ name: 'board', boardId: 'b1' });
    for (const hash of ['#/board/b%201/pack', '#/board/b1/pack/m%2F2', '#/board/b1', '#/'])
      expect(hashOf(parseHash(hash))).toBe(hash);
  });
});
