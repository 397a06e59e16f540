import type { Action } from './kinds/action';
import type { Association } from './kinds/association';
import type { Group } from './kinds/group';
import type { Incident } from './kinds/incident';
import type { Person } from './kinds/person';
import type { Place } from './kinds/place';
import { riskLevels, type RiskLevel } from './vocabulary';

/**
 * The records "what changed" compares: a snapshot's tables, or the board as it is now. Snapshots
 * are plain copies, so a table may be missing from an old one; it then counts as empty.
 */
export interface ComparableBoard {
  people?: readonly Person[];
  associations?: readonly Association[];
  groups?: readonly Group[];
  places?: readonly Place[];
  incidents?: readonly Incident[];
  actions?: readonly Action[];
}

export type ChangeKind =
  | 'person-added'
  | 'person-removed'
  | 'association-added'
  | 'association-removed'
  | 'risk-escalated'
  | 'risk-reduced'
  | 'place-added'
  | 'incident-added'
  | 'action-done'
  | 'action-overdue';

export type ChangedRecordKind =
  'person' | 'group' | 'place' | 'association' | 'incident' | 'action';

/** One line of "what changed": which record, and (for risk) from what level to what. */
export interface BoardChange {
  /** Stable across renders: kind and record id. */
  key: string;
  kind: ChangeKind;
  recordKind: ChangedRecordKind;
  id: string;
  /** Removed records are no longer on the board: they can be named but not selected. */
  removed: boolean;
  /** The record as it is now, or as it was in the snapshot when removed. */
  record: Person | Group | Place | Association | Incident | Action;
  from?: RiskLevel;
  to?: RiskLevel;
}

export interface DiffOptions {
  /** The day the earlier snapshot was taken (YYYY-MM-DD): actions due on or after it were not overdue then. */
  since: string;
  /** Today (YYYY-MM-DD), for actions now overdue. */
  today: string;
}

const rank = new Map(riskLevels.map((r, i) => [r.key, i]));
const OPEN = new Set(['planned', 'in-progress']);

function byId<T extends { id: string }>(rows: readonly T[] | undefined): Map<string, T> {
  const m = new Map<string, T>();
  for (const r of rows ?? []) m.set(r.id, r);
  return m;
}

/**
 * What changed on a board between an earlier and a later state (a snapshot and the board now, or
 * two snapshots): people and associations added or removed, risk raised or lowered (people's risk,
 * groups' concern, places' risk, by the order of the risk levels), new places and incidents,
 * actions done since and actions that have become overdue. Pure and linear in the board's size.
 */
export function diffBoards(
  before: ComparableBoard,
  after: ComparableBoard,
  { since, today }: DiffOptions,
): BoardChange[] {
  const out: BoardChange[] = [];
  const add = (c: Omit<BoardChange, 'key'>) => out.push({ ...c, key: `${c.kind}:${c.id}` });

  const risk = <T extends Person | Group | Place>(
    recordKind: 'person' | 'group' | 'place',
    was: Map<string, T>,
    now: readonly T[] | undefined,
    levelOf: (r: T) => RiskLevel,
  ) => {
    for (const r of now ?? []) {
      const old = was.get(r.id);
      if (!old) continue;
      const from = levelOf(old);
      const to = levelOf(r);
      const d = (rank.get(to) ?? 0) - (rank.get(from) ?? 0);
      if (d !== 0)
        add({
          kind: d > 0 ? 'risk-escalated' : 'risk-reduced',
          recordKind,
          id: r.id,
          removed: false,
          record: r,
          from,
          to,
        });
    }
  };

  const peopleBefore = byId(before.people);
  const peopleAfter = byId(after.people);
  for (const p of after.people ?? [])
    if (!peopleBefore.has(p.id))
      add({ kind: 'person-added', recordKind: 'person', id: p.id, removed: false, record: p });
  for (const p of before.people ?? [])
    if (!peopleAfter.has(p.id))
      add({ kind: 'person-removed', recordKind: 'person', id: p.id, removed: true, record: p });

  const linksBefore = byId(before.associations);
  const linksAfter = byId(after.associations);
  for (const a of after.associations ?? [])
    if (!linksBefore.has(a.id))
      add({
        kind: 'association-added',
        recordKind: 'association',
        id: a.id,
        removed: false,
        record: a,
      });
  for (const a of before.associations ?? [])
    if (!linksAfter.has(a.id))
      add({
        kind: 'association-removed',
        recordKind: 'association',
        id: a.id,
        removed: true,
        record: a,
      });

  risk('person', peopleBefore, after.people, (p) => p.riskLevel);
  risk('group', byId(before.groups), after.groups, (g) => g.concernLevel);
  const placesBefore = byId(before.places);
  risk('place', placesBefore, after.places, (p) => p.riskLevel);

  for (const p of after.places ?? [])
    if (!placesBefore.has(p.id))
      add({ kind: 'place-added', recordKind: 'place', id: p.id, removed: false, record: p });

  const incidentsBefore = byId(before.incidents);
  for (const i of after.incidents ?? [])
    if (!incidentsBefore.has(i.id))
      add({ kind: 'incident-added', recordKind: 'incident', id: i.id, removed: false, record: i });

  const actionsBefore = byId(before.actions);
  for (const a of after.actions ?? []) {
    const old = actionsBefore.get(a.id);
    if (a.status === 'done' && old?.status !== 'done')
      add({ kind: 'action-done', recordKind: 'action', id: a.id, removed: false, record: a });
    // Overdue now, but not already overdue (and open) when the earlier snapshot was taken.
    const overdueNow = OPEN.has(a.status) && a.dueDate < today;
    const overdueThen = old !== undefined && OPEN.has(old.status) && old.dueDate < since;
    if (overdueNow && !overdueThen)
      add({ kind: 'action-overdue', recordKind: 'action', id: a.id, removed: false, record: a });
  }
  return out;
}

/** Ids of the nodes and lines to mark on the diagram and the map: what changed and is still there. */
export function changedIds(changes: readonly BoardChange[]): Set<string> {
  const ids = new Set<string>();
  for (const c of changes) {
    if (c.removed) continue;
    if (c.recordKind === 'person' || c.recordKind === 'group' || c.recordKind === 'place')
      ids.add(c.id);
    else if (c.recordKind === 'association') ids.add(c.id);
    else if (c.recordKind === 'incident') {
      const placeId = (c.record as Incident).placeId;
      if (placeId) ids.add(placeId);
    }
  }
  return ids;
}
