import { describe, expect, it } from 'vitest';
import { groupAcrossPractitioners } from '../../../src/domain/checks/groupAcrossPractitioners';
import { sampleAction, sampleGroup, sampleMembership } from '../sampleRecords';
import { B, checkInput, person } from './checkInput';

const group = sampleGroup('g1', B, { name: 'Brookside Parade' });
const members = (ids: string[]) => ids.map((id, i) => sampleMembership(`m${i}`, B, 'g1', id));

describe('members of one group held by different practitioners or agencies', () => {
  it('fires when members have different lead practitioners, naming them', () => {
    const people = [
      person('p1', 'Kyle', { leadAgency: 'YOS', leadPractitioner: 'Dana Whitlock' }),
      person('p2', 'Tyler', { leadAgency: 'YOS', leadPractitioner: 'Imran Qureshi' }),
    ];
    const [f] = groupAcrossPractitioners(
      checkInput({ people, groups: [group], memberships: members(['p1', 'p2']) }),
    );
    expect(f!.title).toBe('Coordinate work with Brookside Parade');
    expect(f!.reason).toContain('2 lead practitioners (Dana Whitlock and Imran Qureshi)');
    expect(f!.reason).not.toContain('lead agencies');
  });

  it('fires when members are held by different agencies', () => {
    const people = [
      person('p1', 'Kyle', { leadAgency: 'Youth offending service' }),
      person('p2', 'Jayden', { leadAgency: "Children's social care" }),
    ];
    expect(
      groupAcrossPractitioners(
        checkInput({ people, groups: [group], memberships: members(['p1', 'p2']) }),
      ),
    ).toHaveLength(1);
  });

  it('does not fire for one practitioner typed differently, blanks, or people outside the group', () => {
    const people = [
      person('p1', 'Kyle', { leadAgency: 'YOS', leadPractitioner: 'Dana Whitlock' }),
      person('p2', 'Tyler', { leadAgency: ' yos ', leadPractitioner: 'dana whitlock ' }),
      person('p3', 'Shannon', { leadAgency: '', leadPractitioner: '' }),
      person('p4', 'Outsider', { leadAgency: 'Police', leadPractitioner: 'DC Fenwick' }),
    ];
    expect(
      groupAcrossPractitioners(
        checkInput({ people, groups: [group], memberships: members(['p1', 'p2', 'p3']) }),
      ),
    ).toEqual([]);
  });

  it('keeps its key when members join', () => {
    const people = [
      person('p1', 'Kyle', { leadPractitioner: 'A' }),
      person('p2', 'Tyler', { leadPractitioner: 'B' }),
      person('p3', 'Callum', { leadPractitioner: 'C' }),
    ];
    const key = (ids: string[]) =>
      groupAcrossPractitioners(
        checkInput({ people, groups: [group], memberships: members(ids) }),
      )[0]!.key;
    expect(key(['p1', 'p2', 'p3'])).toBe(key(['p1', 'p2']));
  });

  it('is met by an open action on the group, and raised again once that action is done or dropped', () => {
    const people = [
      person('p1', 'Kyle', { leadAgency: 'YOS', leadPractitioner: 'Dana Whitlock' }),
      person('p2', 'Tyler', { leadAgency: 'Police', leadPractitioner: 'DC Fenwick' }),
    ];
    const withAction = (over: Parameters<typeof sampleAction>[2]) =>
      groupAcrossPractitioners(
        checkInput({
          people,
          groups: [group],
          memberships: members(['p1', 'p2']),
          actions: [sampleAction('x1', B, { targetKind: 'group', targetId: 'g1', ...over })],
        }),
      );
    expect(withAction({ status: 'planned' })).toEqual([]);
    expect(withAction({ status: 'in-progress' })).toEqual([]);
    expect(withAction({ status: 'done' })).toHaveLength(1);
    expect(withAction({ status: 'dropped' })).toHaveLength(1);
    // An action on one member, or on another group, is not work with this group.
    expect(withAction({ status: 'planned', targetKind: 'person', targetId: 'p1' })).toHaveLength(1);
    expect(withAction({ status: 'planned', targetId: 'g2' })).toHaveLength(1);
  });
});
