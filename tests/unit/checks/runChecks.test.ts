import { describe, expect, it } from 'vitest';
import { openFindings, runChecks, splitFindings } from '../../../src/domain/checks';
import { newAssociation } from '../../../src/domain/kinds/association';
import { samplePlace } from '../sampleRecords';
import { B, board, checkInput, person } from './checkInput';

const input = () =>
  checkInput({
    board: board({ reviewDate: '2026-01-01' }),
    people: [
      person('p1', 'Ethan', { school: 'Academy' }),
      person('p2', 'Dylan', { school: 'Academy' }),
    ],
    associations: [
      newAssociation('a1', B, {
        fromId: 'p1',
        toId: 'p2',
        kind: 'bullying',
        reviewDate: '2026-02-01',
      }),
    ],
    places: [samplePlace('pl1', B, { agencies: [] })],
  });

describe('running all checks', () => {
  it('lists findings rule by rule in a stable order', () => {
    expect(runChecks(input()).map((f) => f.rule)).toEqual([
      'place-without-agency-action',
      'harmful-pair-same-school',
      'association-past-review',
      'board-past-review',
    ]);
  });

  it('gives every finding a distinct key within the 200 characters the board can store', () => {
    const keys = runChecks(input()).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k.length).toBeLessThanOrEqual(200);
  });

  it('splits considered findings from open ones, keeping the group’s reason', () => {
    const findings = runChecks(input());
    const note = {
      key: findings[1]!.key,
      reason: 'Different year groups',
      by: 'Sam',
      at: '2026-11-01T10:00:00.000Z',
    };
    const stale = { ...note, key: 'board-past-review:2020-01-01' };
    expect(openFindings(findings, [note, stale]).map((f) => f.rule)).not.toContain(
      'harmful-pair-same-school',
    );
    const split = splitFindings(findings, [note, stale]);
    expect(split.open).toHaveLength(3);
    expect(split.considered).toEqual([{ finding: findings[1], note }]);
  });
});
