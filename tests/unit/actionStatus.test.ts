import { describe, expect, it } from 'vitest';
import {
  badgeParts,
  countsByTarget,
  describeCounts,
  isOpen,
  isOverdue,
} from '../../src/domain/actionStatus';
import { checkDraft, emptyDraft } from '../../src/features/actions/actionDraft';
import { tableRows } from '../../src/features/actions/actionsTableModel';
import { sampleAction } from './sampleRecords';

const TODAY = '2026-11-10';
const act = (id: string, over: Parameters<typeof sampleAction>[2] = {}) =>
  sampleAction(id, 'b1', { targetKind: 'person', targetId: 'p1', ...over });

describe('open and overdue actions', () => {
  it('counts planned and in-progress actions as open; done and dropped are closed', () => {
    expect(isOpen(act('a', { status: 'planned' }))).toBe(true);
    expect(isOpen(act('a', { status: 'in-progress' }))).toBe(true);
    expect(isOpen(act('a', { status: 'done' }))).toBe(false);
    expect(isOpen(act('a', { status: 'dropped' }))).toBe(false);
  });

  it('is overdue only when open and due before today (due today is not yet overdue)', () => {
    expect(isOverdue(act('a', { dueDate: '2026-11-09' }), TODAY)).toBe(true);
    expect(isOverdue(act('a', { dueDate: TODAY }), TODAY)).toBe(false);
    expect(isOverdue(act('a', { dueDate: '2026-11-09', status: 'done' }), TODAY)).toBe(false);
    expect(isOverdue(act('a', { dueDate: '2026-11-09', status: 'dropped' }), TODAY)).toBe(false);
  });

  it('counts per target, leaving out closed actions', () => {
    const counts = countsByTarget(
      [
        act('a', { dueDate: '2026-11-01' }),
        act('b', { dueDate: '2026-12-01', status: 'in-progress' }),
        act('c', { dueDate: '2026-10-01', status: 'done' }),
        act('d', { targetKind: 'place', targetId: 'pl1', dueDate: '2026-12-01' }),
        act('e', { targetId: 'p2', status: 'dropped' }),
      ],
      TODAY,
    );
    expect(counts.get('p1')).toEqual({ open: 2, overdue: 1 });
    expect(counts.get('pl1')).toEqual({ open: 1, overdue: 0 });
    expect(counts.has('p2')).toBe(false);
  });

  it('says the counts in words and as a short badge', () => {
    expect(describeCounts({ open: 2, overdue: 1 })).toBe('2 open actions, 1 overdue');
    expect(describeCounts({ open: 1, overdue: 0 })).toBe('1 open action');
    expect(describeCounts({ open: 0, overdue: 0 })).toBe('No open actions');
    expect(badgeParts({ open: 2, overdue: 1 })).toEqual({ open: '2', overdue: '!1' });
    expect(badgeParts({ open: 3, overdue: 0 })).toEqual({ open: '3', overdue: '' });
  });
});

describe('a new action as typed', () => {
  const target = { kind: 'person' as const, id: 'p1' };
  it('defaults the due date to two weeks from today', () => {
    expect(emptyDraft(TODAY).dueDate).toBe('2026-11-24');
  });

  it('refuses no agency, no due date and a review before the due date, each by field', () => {
    const result = checkDraft(
      { ...emptyDraft(TODAY), description: 'Visit', dueDate: '', reviewDate: '2026-11-01' },
      target,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.agency).toBe('Choose the agency that owns this action');
    expect(result.problems.dueDate).toBe('Give a due date');
    expect(result.problems.description).toBeUndefined();
    const late = checkDraft(
      { ...emptyDraft(TODAY), description: 'Visit', agency: 'Police', reviewDate: '2026-11-20' },
      target,
    );
    expect(!late.ok && late.problems.reviewDate).toBe(
      'The review date cannot be before the due date',
    );
  });

  it('accepts a complete draft, trimmed, with an empty context and review stored as none', () => {
    const result = checkDraft(
      { ...emptyDraft(TODAY), description: ' Visit ', agency: ' Police ' },
      target,
      'm1',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields).toMatchObject({
      description: 'Visit',
      agency: 'Police',
      context: null,
      reviewDate: null,
      meetingId: 'm1',
      dueDate: '2026-11-24',
    });
  });
});

describe('the actions table', () => {
  const rows = [
    act('a', { agency: 'Police', dueDate: '2026-12-01', status: 'planned' }),
    act('b', { agency: 'Education', dueDate: '2026-11-01', status: 'done' }),
    act('c', { agency: 'Housing', dueDate: '2026-11-15', status: 'in-progress' }),
  ];
  const ids = (r: { rows: { id: string }[] }) => r.rows.map((a) => a.id);

  it('sorts by due date, agency or status, either way', () => {
    const all = { agency: '', status: '' };
    expect(ids(tableRows(rows, all, { key: 'due', dir: 'ascending' }))).toEqual(['b', 'c', 'a']);
    expect(ids(tableRows(rows, all, { key: 'due', dir: 'descending' }))).toEqual(['a', 'c', 'b']);
    expect(ids(tableRows(rows, all, { key: 'agency', dir: 'ascending' }))).toEqual(['b', 'c', 'a']);
    expect(ids(tableRows(rows, all, { key: 'status', dir: 'ascending' }))).toEqual(['a', 'c', 'b']);
  });

  it('filters by agency and by status ("open" = planned or in progress) and counts the hidden', () => {
    const sort = { key: 'due' as const, dir: 'ascending' as const };
    expect(tableRows(rows, { agency: 'Police', status: '' }, sort)).toMatchObject({ hidden: 2 });
    const open = tableRows(rows, { agency: '', status: 'open' }, sort);
    expect(ids(open)).toEqual(['c', 'a']);
    expect(open.hidden).toBe(1);
  });
});
