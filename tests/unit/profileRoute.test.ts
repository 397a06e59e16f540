import { describe, expect, it } from 'vitest';
import { hashOf, parseHash } from '../../src/app/router';

describe('problem profile routes', () => {
  it('names the boards, the named version and where it was opened from, and back again', () => {
    expect(parseHash('#/profile?boards=b%201,b2')).toEqual({
      name: 'profile',
      boardIds: ['b 1', 'b2'],
      named: false,
      fromBoard: false,
    });
    expect(parseHash('#/profile?boards=b1&named=1&from=board')).toEqual({
      name: 'profile',
      boardIds: ['b1'],
      named: true,
      fromBoard: true,
    });
    expect(parseHash('#/profile?boards=')).toMatchObject({ name: 'profile', boardIds: [] });
    for (const hash of [
      '#/profile?boards=b%201,b2',
      '#/profile?boards=b1&named=1',
      '#/profile?boards=b1&from=board',
    ])
      expect(hashOf(parseHash(hash))).toBe(hash);
  });
});
