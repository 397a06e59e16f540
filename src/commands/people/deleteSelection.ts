import type { Draft, Reader } from '../../db/writer';
import { middleOf } from '../../domain/geo';
import type { Action } from '../../domain/kinds/action';
import type { Incident } from '../../domain/kinds/incident';
import { positionId } from '../../domain/kinds/position';
import type { Command } from '../command';

/**
 * Deletes people and associations together, as the Delete key does on a selection. Everything that
 * hangs off a deleted person goes with them in the same undo step: associations, group memberships,
 * place links, diagram position, actions aimed at them, notes pinned to them and their part in
 * incidents. Selected groups go with their memberships, place links and notes; their members stay.
 * A deleted place takes its links, notes and actions; its incidents stay, at the spot where the
 * place was, because an incident happened whatever we now call the place. Actions aimed at what goes
 * are deleted too, or with `actions: 'board'` moved to the whole board (the plan keeps them).
 */
export function deleteSelection(
  boardId: string,
  personIds: readonly string[],
  associationIds: readonly string[],
  label: string,
  also: {
    groups?: readonly string[];
    annotations?: readonly string[];
    places?: readonly string[];
    incidents?: readonly string[];
    placeLinks?: readonly string[];
    actions?: 'delete' | 'board';
  } = {},
): Command {
  return {
    name: 'deleteSelection',
    label,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const drafts = new Map<string, Draft>();
      const del = (table: Draft['table'], id: string) =>
        drafts.set(`${table}:${id}`, { table, id, after: null });
      const dropAction: DropAction =
        also.actions === 'board'
          ? (a) =>
              drafts.set(`actions:${a.id}`, {
                table: 'actions',
                id: a.id,
                after: { ...a, targetKind: 'board', targetId: boardId },
              })
          : (a) => del('actions', a.id);
      for (const id of associationIds) del('associations', id);
      for (const id of also.annotations ?? []) del('annotations', id);
      for (const id of also.placeLinks ?? []) del('placeLinks', id);
      for (const id of also.incidents ?? []) del('incidents', id);
      if ((also.places ?? []).length > 0)
        await cascadePlaces(reader, boardId, new Set(also.places), del, drafts, dropAction);
      const groups = new Set(also.groups ?? []);
      if (groups.size > 0) {
        for (const id of groups) del('groups', id);
        for (const m of await reader.byBoard('memberships', boardId))
          if (groups.has(m.groupId)) del('memberships', m.id);
      }
      if (personIds.length > 0 || groups.size > 0)
        await cascade(reader, boardId, new Set(personIds), del, drafts, groups, dropAction);
      return [...drafts.values()];
    },
  };
}

/** Deletes an action aimed at something being deleted, or moves it to the whole board. */
type DropAction = (action: Action) => void;

async function cascade(
  reader: Reader,
  boardId: string,
  people: Set<string>,
  del: (table: Draft['table'], id: string) => void,
  drafts: Map<string, Draft>,
  groups: ReadonlySet<string> = new Set(),
  dropAction: DropAction = (a) => del('actions', a.id),
): Promise<void> {
  const [associations, memberships, links, actions, incidents, notes] = await Promise.all([
    reader.byBoard('associations', boardId),
    reader.byBoard('memberships', boardId),
    reader.byBoard('placeLinks', boardId),
    reader.byBoard('actions', boardId),
    reader.byBoard('incidents', boardId),
    reader.byBoard('annotations', boardId),
  ]);
  // A note pinned to a person or group is about them: it goes with them.
  for (const n of notes) {
    const on = n.attachedTo;
    if (
      on &&
      ((on.kind === 'person' && people.has(on.id)) || (on.kind === 'group' && groups.has(on.id)))
    )
      del('annotations', n.id);
  }
  for (const a of associations)
    if (people.has(a.fromId) || people.has(a.toId)) del('associations', a.id);
  for (const m of memberships) if (people.has(m.personId)) del('memberships', m.id);
  for (const l of links)
    if (
      (l.subjectKind === 'person' && people.has(l.subjectId)) ||
      (l.subjectKind === 'group' && groups.has(l.subjectId))
    )
      del('placeLinks', l.id);
  for (const a of actions)
    if (
      (a.targetKind === 'person' && people.has(a.targetId)) ||
      (a.targetKind === 'group' && groups.has(a.targetId))
    )
      dropAction(a);
  for (const stored of incidents) {
    // A deleted place may already have moved this incident (or a selection deleted it).
    const planned = drafts.get(`incidents:${stored.id}`);
    if (planned?.after === null) continue;
    const i = (planned?.after as Incident | undefined) ?? stored;
    if (i.involved.some((x) => people.has(x.personId))) {
      drafts.set(`incidents:${i.id}`, {
        table: 'incidents',
        id: i.id,
        after: { ...i, involved: i.involved.filter((x) => !people.has(x.personId)) },
      });
    }
  }
  for (const id of people) {
    del('positions', positionId(id));
    del('people', id);
  }
}

async function cascadePlaces(
  reader: Reader,
  boardId: string,
  places: ReadonlySet<string>,
  del: (table: Draft['table'], id: string) => void,
  drafts: Map<string, Draft>,
  dropAction: DropAction,
): Promise<void> {
  const [stored, links, actions, incidents, notes] = await Promise.all([
    reader.byBoard('places', boardId),
    reader.byBoard('placeLinks', boardId),
    reader.byBoard('actions', boardId),
    reader.byBoard('incidents', boardId),
    reader.byBoard('annotations', boardId),
  ]);
  const where = new Map(stored.map((p) => [p.id, p.geometry ? middleOf(p.geometry) : null]));
  for (const l of links) if (places.has(l.placeId)) del('placeLinks', l.id);
  for (const a of actions) if (a.targetKind === 'place' && places.has(a.targetId)) dropAction(a);
  for (const n of notes)
    if (n.attachedTo?.kind === 'place' && places.has(n.attachedTo.id)) del('annotations', n.id);
  for (const i of incidents) {
    if (!i.placeId || !places.has(i.placeId) || drafts.get(`incidents:${i.id}`)?.after === null)
      continue;
    const point = i.point ?? where.get(i.placeId) ?? null;
    // An incident at an online space has nowhere to go on the map: it goes with the place.
    if (!point) del('incidents', i.id);
    else
      drafts.set(`incidents:${i.id}`, {
        table: 'incidents',
        id: i.id,
        after: { ...i, placeId: null, point },
      });
  }
  for (const id of places) {
    del('positions', positionId(id));
    del('places', id);
  }
}
