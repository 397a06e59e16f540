import type { Draft, Reader } from '../../db/writer';
import { positionId } from '../../domain/records/position';
import type { Command } from '../command';

/**
 * Deletes people and associations together, as the Delete key does on a selection. Everything that
 * hangs off a deleted person goes with them in the same undo step: associations, group memberships,
 * place links, diagram position, actions aimed at them, notes pinned to them and their part in
 * incidents. Selected groups go with their memberships and notes; their members stay.
 */
export function deleteSelection(
  boardId: string,
  personIds: readonly string[],
  associationIds: readonly string[],
  label: string,
  also: { groups?: readonly string[]; annotations?: readonly string[] } = {},
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
      for (const id of associationIds) del('associations', id);
      for (const id of also.annotations ?? []) del('annotations', id);
      const groups = new Set(also.groups ?? []);
      if (groups.size > 0) {
        for (const id of groups) del('groups', id);
        for (const m of await reader.byBoard('memberships', boardId))
          if (groups.has(m.groupId)) del('memberships', m.id);
      }
      if (personIds.length > 0 || groups.size > 0)
        await cascade(reader, boardId, new Set(personIds), del, drafts, groups);
      return [...drafts.values()];
    },
  };
}

async function cascade(
  reader: Reader,
  boardId: string,
  people: Set<string>,
  del: (table: Draft['table'], id: string) => void,
  drafts: Map<string, Draft>,
  groups: ReadonlySet<string> = new Set(),
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
    if (l.subjectKind === 'person' && people.has(l.subjectId)) del('placeLinks', l.id);
  for (const a of actions)
    if (
      (a.targetKind === 'person' && people.has(a.targetId)) ||
      (a.targetKind === 'group' && groups.has(a.targetId))
    )
      del('actions', a.id);
  for (const i of incidents) {
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
