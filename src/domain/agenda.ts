import type { Group } from './kinds/group';
import type { Meeting } from './kinds/meeting';
import type { Person } from './kinds/person';
import type { Place } from './kinds/place';
import { riskLevels, type RiskLevel } from './vocabulary';

export type AgendaItem = Meeting['agenda'][number];
export type AgendaKind = AgendaItem['kind'];

const rank = new Map(riskLevels.map((r, i) => [r.key, i]));
const higherFirst = (a: RiskLevel, b: RiskLevel) => (rank.get(b) ?? 0) - (rank.get(a) ?? 0);
const byName = (a: string, b: string) => a.localeCompare(b, 'en-GB');

/**
 * The default agenda of a meeting over a board: groups, then people, then places, each with the
 * highest concern first. Young people come before adults of concern; professionals are not
 * discussed as agenda items (they are the ones around the table), so they are left out.
 */
export function buildAgenda(board: {
  groups: readonly Group[];
  people: readonly Person[];
  places: readonly Place[];
}): AgendaItem[] {
  const groups = [...board.groups].sort(
    (a, b) => higherFirst(a.concernLevel, b.concernLevel) || byName(a.name, b.name),
  );
  const people = board.people
    .filter((p) => p.kind === 'young-person' || p.kind === 'adult-of-concern')
    .sort(
      (a, b) =>
        Number(a.kind !== 'young-person') - Number(b.kind !== 'young-person') ||
        higherFirst(a.riskLevel, b.riskLevel) ||
        byName(a.displayName, b.displayName),
    );
  const places = [...board.places].sort(
    (a, b) => higherFirst(a.riskLevel, b.riskLevel) || byName(a.name, b.name),
  );
  return [
    ...groups.map((g) => ({ kind: 'group' as const, id: g.id, view: null })),
    ...people.map((p) => ({ kind: 'person' as const, id: p.id, view: null })),
    ...places.map((p) => ({ kind: 'place' as const, id: p.id, view: null })),
  ];
}

/** The agenda with item `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveAgendaItem(
  agenda: readonly AgendaItem[],
  index: number,
  by: -1 | 1,
): AgendaItem[] {
  const to = index + by;
  if (index < 0 || index >= agenda.length || to < 0 || to >= agenda.length) return [...agenda];
  const next = [...agenda];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

const sectionOrder: Record<AgendaKind, number> = { group: 0, person: 1, place: 2 };

/**
 * The agenda with `items` joined at the end of their section (groups, people, places), as records
 * drawn during a meeting join it: after the last item of the same kind, else before the first item
 * of a later section, else at the end. Items already on the agenda are left where they are, so the
 * chair's own order stands.
 */
export function joinAgenda(
  agenda: readonly AgendaItem[],
  items: readonly AgendaItem[],
): AgendaItem[] {
  const next = [...agenda];
  const on = new Set(next.map((i) => `${i.kind}:${i.id}`));
  for (const item of items) {
    const key = `${item.kind}:${item.id}`;
    if (on.has(key)) continue;
    on.add(key);
    let at = -1;
    for (let i = next.length - 1; i >= 0; i--)
      if (next[i]!.kind === item.kind) {
        at = i + 1;
        break;
      }
    if (at < 0) {
      at = next.findIndex((i) => sectionOrder[i.kind] > sectionOrder[item.kind]);
      if (at < 0) at = next.length;
    }
    next.splice(at, 0, item);
  }
  return next;
}
