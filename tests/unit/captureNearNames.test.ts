import { describe, expect, it } from 'vitest';
import { nearNames, typingDistance } from '../../src/domain/capture/nearNames';

const board = [
  { id: 'p1', displayName: 'Leon Price', fullName: 'Leon Anthony Price', initials: 'LP' },
  { id: 'p2', displayName: 'Jay', fullName: '', initials: 'J' },
  { id: 'p3', displayName: 'Kira Moss', fullName: '', initials: 'KM' },
];
const newPerson = (name: string, n = 1) => ({
  ref: `new:${n}`,
  name,
  leadAgency: '',
  leadPractitioner: '',
});

describe('typing slips between names', () => {
  it('counts letters added, dropped, changed and swapped', () => {
    expect(typingDistance('leon', 'leon')).toBe(0);
    expect(typingDistance('leom', 'leon')).toBe(1);
    expect(typingDistance('loen', 'leon')).toBe(1);
    expect(typingDistance('leo', 'leon')).toBe(1);
    expect(typingDistance('leonn', 'leon')).toBe(1);
    expect(typingDistance('', 'leon')).toBe(4);
    expect(typingDistance('kira', 'leon')).toBe(4);
  });
});

describe('new names that look like someone on the board', () => {
  it('finds a misspelt first name, name shown or full name', () => {
    expect(nearNames([newPerson('Leom')], board)).toEqual([
      { typed: 'Leom', near: ['Leon Price'] },
    ]);
    expect(nearNames([newPerson('Kira Mos')], board)).toEqual([
      { typed: 'Kira Mos', near: ['Kira Moss'] },
    ]);
    expect(nearNames([newPerson('Leon Antony Price')], board)).toEqual([
      { typed: 'Leon Antony Price', near: ['Leon Price'] },
    ]);
  });

  it('leaves names that are only alike by chance, and very short ones', () => {
    expect(nearNames([newPerson('Tia Grant'), newPerson('Ruby Lane', 2)], board)).toEqual([]);
    // Two letters are too few to call a slip: "Jo" is not taken for Jay.
    expect(nearNames([newPerson('Jo')], board)).toEqual([]);
    // Longer names may hold two slips; a different surname is someone else.
    expect(nearNames([newPerson('Leon Smith')], board)).toEqual([]);
  });
});
