import { describe, expect, it } from 'vitest';
import { newAssociation } from '../../src/domain/kinds/association';
import { newPerson } from '../../src/domain/kinds/person';
import type { Person } from '../../src/domain/kinds/person';
import { changedIds, diffBoards, type ComparableBoard } from '../../src/domain/snapshotDiff';
import { sampleAction, sampleGroup, sampleIncident, samplePlace } from './sampleRecords';

const B = 'b1';
const person = (id: string, over: Partial<Person> = {}) =>
  newPerson(id, B, { displayName: id.toUpperCase(), ...over });
const link = (id: string, fromId: string, toId: string) =>
  newAssociation(id, B, { fromId, toId, kind: 'friendship' });

const before: ComparableBoard = {
  people: [person('ali', { riskLevel: 'emerging' }), person('bea'), person('cal')],
  associations: [link('ab', 'ali', 'bea'), link('bc', 'bea', 'cal')],
  groups: [sampleGroup('g1', B, { concernLevel: 'moderate' })],
  places: [samplePlace('park', B, { riskLevel: 'significant' })],
  incidents: [sampleIncident('i1', B, { placeId: 'park' })],
  actions: [
    sampleAction('a-open', B, { dueDate: '2026-03-20', status: 'planned' }),
    sampleAction('a-late', B, { dueDate: '2026-02-01', status: 'in-progress' }),
    sampleAction('a-done', B, { dueDate: '2026-04-01', status: 'done' }),
  ],
};
const dates = { since: '2026-03-01', today: '2026-03-25' };
const kinds = (b: ComparableBoard, opts = dates) =>
  diffBoards(before, b, opts).map((c) => `${c.kind} ${c.id}`);

describe('diffBoards', () => {
  it('finds nothing when the board has not changed, whatever the order of records', () => {
    const same = { ...before, people: [...before.people!].reverse() };
    expect(diffBoards(before, same, { since: '2026-03-01', today: '2026-03-02' })).toEqual([]);
  });

  it('lists new and removed people; a removed person keeps the record from the snapshot', () => {
    const changes = diffBoards(
      before,
      {
        ...before,
        people: [person('ali', { riskLevel: 'emerging' }), person('bea'), person('dee')],
      },
      { since: '2026-03-01', today: '2026-03-02' },
    );
    expect(changes.map((c) => `${c.kind} ${c.id}`)).toEqual([
      'person-added dee',
      'person-removed cal',
    ]);
    const removed = changes.find((c) => c.kind === 'person-removed')!;
    expect(removed.removed).toBe(true);
    expect((removed.record as Person).displayName).toBe('CAL');
  });

  it('lists new and removed associations', () => {
    expect(
      kinds(
        { ...before, associations: [link('ab', 'ali', 'bea'), link('ac', 'ali', 'cal')] },
        { since: '2026-03-01', today: '2026-03-02' },
      ),
    ).toEqual(['association-added ac', 'association-removed bc']);
  });

  it('reports risk raised and lowered for people, groups and places, by the order of risk levels', () => {
    const changes = diffBoards(
      before,
      {
        ...before,
        people: [person('ali', { riskLevel: 'significant' }), person('bea'), person('cal')],
        groups: [sampleGroup('g1', B, { concernLevel: 'emerging' })],
        places: [samplePlace('park', B, { riskLevel: 'moderate' })],
      },
      { since: '2026-03-01', today: '2026-03-02' },
    );
    expect(changes.map((c) => `${c.kind} ${c.recordKind} ${c.from}->${c.to}`)).toEqual([
      'risk-escalated person emerging->significant',
      'risk-reduced group moderate->emerging',
      'risk-reduced place significant->moderate',
    ]);
  });

  it('does not report a person whose other details changed but whose risk did not', () => {
    expect(
      kinds(
        {
          ...before,
          people: [
            person('ali', { riskLevel: 'emerging', school: 'Elm' }),
            person('bea'),
            person('cal'),
          ],
        },
        { since: '2026-03-01', today: '2026-03-02' },
      ),
    ).toEqual([]);
  });

  it('lists new places and new incidents', () => {
    expect(
      kinds(
        {
          ...before,
          places: [...before.places!, samplePlace('shop', B)],
          incidents: [...before.incidents!, sampleIncident('i2', B, { placeId: 'shop' })],
        },
        { since: '2026-03-01', today: '2026-03-02' },
      ),
    ).toEqual(['place-added shop', 'incident-added i2']);
  });

  it('lists actions done since, and actions that have become overdue (not those already overdue)', () => {
    const after: ComparableBoard = {
      ...before,
      actions: [
        sampleAction('a-open', B, { dueDate: '2026-03-20', status: 'planned' }),
        sampleAction('a-late', B, { dueDate: '2026-02-01', status: 'in-progress' }),
        sampleAction('a-done', B, { dueDate: '2026-04-01', status: 'done' }),
        sampleAction('a-new', B, { dueDate: '2026-03-10', status: 'planned' }),
      ],
    };
    // a-open fell due on the 20th; a-late was overdue at the last meeting already; a-new is new and late.
    expect(kinds(after)).toEqual(['action-overdue a-open', 'action-overdue a-new']);
    const finished = {
      ...before,
      actions: before.actions!.map((a) =>
        a.id === 'a-open' ? { ...a, status: 'done' as const } : a,
      ),
    };
    expect(kinds(finished)).toEqual(['action-done a-open']);
  });

  it('treats a table missing from an old snapshot as empty', () => {
    expect(
      kinds({ people: [] }, { since: '2026-03-01', today: '2026-03-02' }).filter((k) =>
        k.startsWith('person'),
      ),
    ).toEqual(['person-removed ali', 'person-removed bea', 'person-removed cal']);
    expect(diffBoards({}, { places: [samplePlace('park', B)] }, dates).map((c) => c.kind)).toEqual([
      'place-added',
    ]);
  });

  it('marks what is still on the board, and an incident by its place', () => {
    const changes = diffBoards(
      before,
      {
        ...before,
        people: [person('ali', { riskLevel: 'significant' }), person('bea')],
        incidents: [...before.incidents!, sampleIncident('i2', B, { placeId: 'park' })],
      },
      { since: '2026-03-01', today: '2026-03-02' },
    );
    const ids = changedIds(changes);
    expect([...ids].sort()).toEqual(['ali', 'park']);
  });
});
