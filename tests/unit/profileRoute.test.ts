import { describe, expect, it } from 'vitest';
import { hashOf, parseHash } from '../../src/app/router';
import { profileQuery, readProfileQuery } from '../../src/features/profile/profileQuery';

describe('problem profile routes', () => {
  it('keeps the query for the report, and back again', () => {
    expect(parseHash('#/profile?boards=b%201,b2&named=1')).toEqual({
      name: 'profile',
      query: 'boards=b%201,b2&named=1',
    });
    for (const hash of ['#/profile?boards=b%201,b2', '#/profile?boards=b1&named=1&from=board'])
      expect(hashOf(parseHash(hash))).toBe(hash);
  });

  it('names the boards, the named version and where it was opened from', () => {
    expect(readProfileQuery('boards=b%201,b2,b2')).toEqual({
      boardIds: ['b 1', 'b2'],
      named: false,
      fromBoard: false,
    });
    expect(readProfileQuery('boards=b1&named=1&from=board')).toEqual({
      boardIds: ['b1'],
      named: true,
      fromBoard: true,
    });
    expect(readProfileQuery('boards=').boardIds).toEqual([]);
    const asked = { boardIds: ['b 1', 'b,2'], named: true, fromBoard: false };
    expect(profileQuery(asked)).toBe('boards=b%201,b%2C2&named=1');
    expect(readProfileQuery(profileQuery({ ...asked, boardIds: ['b 1'] }))).toEqual({
      ...asked,
      boardIds: ['b 1'],
    });
  });
});
