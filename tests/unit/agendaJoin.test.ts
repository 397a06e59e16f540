import { describe, expect, it } from 'vitest';
import { joinAgenda, type AgendaItem } from '../../src/domain/agenda';

const item = (kind: AgendaItem['kind'], id: string): AgendaItem => ({ kind, id, view: null });
const ids = (agenda: readonly AgendaItem[]) => agenda.map((i) => i.id);

describe('records drawn in a meeting join its agenda', () => {
  const agenda = [
    item('group', 'g1'),
    item('person', 'p1'),
    item('person', 'p2'),
    item('place', 'x1'),
  ];

  it('at the end of their own section', () => {
    expect(ids(joinAgenda(agenda, [item('person', 'p3')]))).toEqual(['g1', 'p1', 'p2', 'p3', 'x1']);
    expect(ids(joinAgenda(agenda, [item('group', 'g2')]))).toEqual(['g1', 'g2', 'p1', 'p2', 'x1']);
    expect(ids(joinAgenda(agenda, [item('place', 'x2')]))).toEqual(['g1', 'p1', 'p2', 'x1', 'x2']);
  });

  it('before a later section when their own is empty, else at the end', () => {
    const noGroups = agenda.slice(1);
    expect(ids(joinAgenda(noGroups, [item('group', 'g2')]))).toEqual(['g2', 'p1', 'p2', 'x1']);
    expect(ids(joinAgenda([item('group', 'g1')], [item('place', 'x2')]))).toEqual(['g1', 'x2']);
    expect(ids(joinAgenda([], [item('person', 'p3')]))).toEqual(['p3']);
  });

  it('after the last of their kind when the chair has reordered the agenda', () => {
    const mixed = [
      item('person', 'p1'),
      item('group', 'g1'),
      item('person', 'p2'),
      item('place', 'x1'),
    ];
    expect(ids(joinAgenda(mixed, [item('group', 'g2')]))).toEqual(['p1', 'g1', 'g2', 'p2', 'x1']);
  });

  it('leaves items already on the agenda where they are, and adds each once', () => {
    expect(
      ids(joinAgenda(agenda, [item('person', 'p1'), item('person', 'p3'), item('person', 'p3')])),
    ).toEqual(['g1', 'p1', 'p2', 'p3', 'x1']);
  });
});
