import { beforeEach, describe, expect, it } from 'vitest';
import { rememberStep, rememberedStep } from '../../src/features/meeting/lastStep';

describe('the agenda item a meeting was on', () => {
  beforeEach(() => localStorage.clear());

  it('is given back for the same meeting only', () => {
    rememberStep('m1', 4);
    expect(rememberedStep('m1', 10)).toBe(4);
    expect(rememberedStep('m2', 10)).toBeNull();
  });

  it('is not given back once the agenda is shorter than it', () => {
    rememberStep('m1', 4);
    expect(rememberedStep('m1', 4)).toBeNull();
  });

  it('ignores whatever else is stored under its key', () => {
    for (const junk of [
      '{',
      '"m1"',
      '{"meetingId":"m1","step":-1}',
      '{"meetingId":"m1","step":1.5}',
    ]) {
      localStorage.setItem('pp.meetingStep', junk);
      expect(rememberedStep('m1', 10)).toBeNull();
    }
  });
});
