import { describe, expect, it } from 'vitest';
import { newPerson } from '../../src/domain/kinds/person';
import { matchesName } from '../../src/domain/nameSearch';

const zoe = newPerson('p1', 'b1', {
  displayName: 'Zoë P',
  fullName: 'Zoë Okafor-Price',
  pseudonym: 'Young person B',
});

describe('matchesName', () => {
  it('finds a person by any form of their name, ignoring case and accents', () => {
    expect(matchesName(zoe, 'zoe')).toBe(true);
    expect(matchesName(zoe, 'OKAFOR')).toBe(true);
    expect(matchesName(zoe, 'young person b')).toBe(true);
    expect(matchesName(zoe, 'ZP')).toBe(true);
  });
  it('does not match other names, and an empty query matches everyone', () => {
    expect(matchesName(zoe, 'amira')).toBe(false);
    expect(matchesName(zoe, '   ')).toBe(true);
  });
});
