import { describe, expect, it } from 'vitest';
import { effectivePolicy, maskNames, shownName } from '../../src/domain/naming';

const jordan = {
  displayName: 'Jordan Ade-Smith',
  fullName: 'Jordan Tobi Ade-Smith',
  initials: 'JA',
  pseudonym: 'Blue',
};
const sam = { displayName: 'Sam', fullName: '', initials: '', pseudonym: '' };

describe('effectivePolicy', () => {
  it('keeps the board policy unless presenter-safe is on', () => {
    expect(effectivePolicy('full', false)).toBe('full');
    expect(effectivePolicy('initials', false)).toBe('initials');
  });
  it('never allows full names when presenter-safe is on; a pseudonym policy stays', () => {
    expect(effectivePolicy('full', true)).toBe('initials');
    expect(effectivePolicy('initials', true)).toBe('initials');
    expect(effectivePolicy('pseudonym', true)).toBe('pseudonym');
  });
});

describe('shownName', () => {
  it('shows the name, the initials or the pseudonym', () => {
    expect(shownName(jordan, 'full')).toBe('Jordan Ade-Smith');
    expect(shownName(jordan, 'initials')).toBe('JA');
    expect(shownName(jordan, 'pseudonym')).toBe('Blue');
  });
  it('falls back to initials worked out from the name, never to the full name', () => {
    expect(shownName(sam, 'initials')).toBe('S');
    expect(shownName(sam, 'pseudonym')).toBe('S');
    expect(shownName({ ...jordan, pseudonym: '  ' }, 'pseudonym')).toBe('JA');
  });
});

describe('maskNames', () => {
  it('leaves text alone under the full-name policy', () => {
    expect(maskNames('Delete Jordan Ade-Smith', [jordan], 'full')).toBe('Delete Jordan Ade-Smith');
  });
  it('replaces shown and full names, longest first, whatever the case', () => {
    expect(
      maskNames('Rename jordan ade-smith to Jordan Tobi Ade-Smith', [jordan], 'initials'),
    ).toBe('Rename JA to JA');
  });
  it('replaces a first name on its own, but not inside another word', () => {
    expect(maskNames('Jordan was seen with Jordana', [jordan], 'pseudonym')).toBe(
      'Blue was seen with Jordana',
    );
  });
  it('does not touch ordinary words that happen to match a name in lower case', () => {
    const will = { displayName: 'Will Hart', fullName: '', initials: 'WH', pseudonym: '' };
    expect(maskNames('We will ask Will', [will], 'initials')).toBe('We will ask WH');
  });
});
