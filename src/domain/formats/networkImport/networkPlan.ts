import { groupPalette } from '../../encoding';
import { kinds, validateRecord } from '../../kinds';
import type { Association } from '../../kinds/association';
import type { Group } from '../../kinds/group';
import { newMembership, type Membership } from '../../kinds/membership';
import type { Person } from '../../kinds/person';
import { newPosition } from '../../kinds/position';
import { groupRoles, keysOf, type GroupRole } from '../../vocabulary';
import { nameKey } from '../csvImport/boardIndex';
import type { BuildEnv, BuildResult } from '../csvImport/buildRows';
import type { ColumnMapping } from '../csvImport/headers';
import { planImport, type DuplicateChoice, type ImportPlan } from '../csvImport/importPlan';
import { GRID_STEP } from '../csvImport/placement';
import { splitList } from '../csvImport/readCell';
import type { NetworkFile } from './readNetwork';
import type { BuiltEdge } from './networkEdges';
import { isAsExported, jsonList, type NetworkTables } from './networkTables';

type Fields = Record<string, unknown>;

const isRole = (r: string): r is GroupRole => (keysOf(groupRoles) as string[]).includes(r);

/** A node's groups (a JSON list, or names separated by ; , or |) and its role in each. */
function groupsOf(value: unknown, roles: unknown): { name: string; role: GroupRole }[] {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const names = jsonList(text) ?? splitList(text);
  const roleText = typeof roles === 'string' ? roles : '';
  const roleList = jsonList(roleText) ?? splitList(roleText);
  return names.map((name, i) => {
    const role = (roleList[i] ?? '').trim().toLowerCase().replace(/\s+/g, '-');
    return { name, role: isRole(role) ? role : 'not-known' };
  });
}

/** The attribute a mapping sends to `target`, by column heading (node ids are column 0). */
const attributeFor = (tables: NetworkTables, mapping: ColumnMapping, target: string) => {
  const i = mapping.indexOf(target);
  return i < 0 ? null : (tables.people.columns[i]?.header ?? null);
};

/** Whether an as-exported attribute would change the person (our export writes the defaults too). */
function changes(person: Readonly<Fields>, name: string, value: unknown): boolean {
  const path = name.split('.');
  if (path.length === 1) return typeof value === 'string' && value !== JSON.stringify(person[name]);
  const contexts = person.contexts as Record<string, Fields | undefined> | undefined;
  const context = contexts?.[path[1]!];
  return context !== undefined && context[path[2]!] !== value;
}

/** A person with the attributes our own export writes as they are, if the result is valid. */
function withAsExported(person: Person, attributes: Readonly<Fields>): Person {
  // Most people carry only the defaults (empty lists, contexts not assessed): copying and
  // checking each of thousands of records again for nothing took a tenth of a second.
  const given = Object.entries(attributes).filter(([name]) => isAsExported(name));
  if (!given.some(([name, value]) => changes(person, name, value))) return person;
  const out = structuredClone(person) as unknown as Fields;
  for (const [name, value] of given) {
    const path = name.split('.');
    if (path.length === 1 && typeof value === 'string') {
      try {
        out[name] = JSON.parse(value);
      } catch {
        // Not JSON: left as the record had it.
      }
    } else if (path.length === 3) {
      const contexts = out.contexts as Record<string, Fields | undefined>;
      const context = contexts[path[1]!];
      if (context) context[path[2]!] = value;
    }
  }
  const checked = validateRecord('people', out);
  return checked.ok ? checked.value : person;
}

export interface NetworkContext {
  boardId: string;
  positions: readonly { x: number; y: number }[];
  groups: readonly Pick<Group, 'id' | 'name'>[];
  memberships: readonly Pick<Membership, 'groupId' | 'personId'>[];
  associations: readonly Pick<Association, 'fromId' | 'toId' | 'kind'>[];
}

/**
 * Everything a network import writes, as one plan for the import command: people (new or
 * merged, as the user chose for each duplicate), where they sit (the file's positions, moved
 * clear of the board's people, or a grid), their groups and roles, and the associations between
 * them. An edge whose node was left out or skipped is left out and counted.
 */
export function planNetworkImport(
  file: NetworkFile,
  tables: NetworkTables,
  people: BuildResult,
  mapping: ColumnMapping,
  edges: readonly BuiltEdge[],
  choices: ReadonlyMap<number, DuplicateChoice>,
  ctx: NetworkContext,
  env: BuildEnv,
): ImportPlan & { edgesLeftOut: number } {
  const base = planImport(people, choices, ctx.positions);
  const existing = new Map(people.duplicates.map((d) => [d.line, d.existingId]));
  const personOf = new Map<string, string>();
  const created = new Map<string, Person>();
  for (const row of people.rows) {
    const node = file.nodes[row.line - 1]!;
    const match = existing.get(row.line);
    const choice = match === undefined ? 'new' : (choices.get(row.line) ?? 'skip');
    if (choice === 'new') {
      personOf.set(node.key, row.record.id);
      created.set(row.record.id, row.record as Person);
    } else if (choice === 'merge') personOf.set(node.key, match!);
    // Skipped: as the check step says, its edges are left out (and counted) with it.
  }

  // People as the file has them, then where they sit: the file's x and y, moved as one clear of
  // the people already drawn; a grid (planImport's) for anyone the file does not place.
  const xAttr = attributeFor(tables, mapping, 'x');
  const yAttr = attributeFor(tables, mapping, 'y');
  const placed = new Map<string, { x: number; y: number }>();
  if (xAttr && yAttr) {
    for (const node of file.nodes) {
      const id = personOf.get(node.key);
      const x = Number(node.attributes[xAttr]);
      const y = Number(node.attributes[yAttr]);
      if (id && created.has(id) && Number.isFinite(x) && Number.isFinite(y))
        placed.set(id, { x, y });
    }
  }
  let dx = 0;
  let dy = 0;
  if (placed.size > 0 && ctx.positions.length > 0) {
    const xs = [...placed.values()].map((p) => p.x);
    const ys = [...placed.values()].map((p) => p.y);
    dx = Math.max(...ctx.positions.map((p) => p.x)) + 2 * GRID_STEP - Math.min(...xs);
    dy = Math.min(...ctx.positions.map((p) => p.y)) - Math.min(...ys);
  }
  const nodeOf = new Map(file.nodes.map((n) => [personOf.get(n.key), n]));
  const creates = base.creates.flatMap((c) => {
    if (c.table === 'people') {
      const node = nodeOf.get(c.record.id);
      return [
        { ...c, record: node ? withAsExported(c.record as Person, node.attributes) : c.record },
      ];
    }
    if (c.table !== 'positions') return [c];
    const personId = (c.record as { nodeId: string }).nodeId;
    const at = placed.get(personId);
    const record = at ? newPosition(ctx.boardId, personId, at.x + dx, at.y + dy) : c.record;
    // A new person's position cannot be stored yet: once checked here, the writer need not read
    // it (2,000 reads in one import) nor check it again.
    return [{ ...c, record, fresh: validateRecord('positions', record).ok }];
  });

  // Groups: found on the board by name, or made; a membership for each new person, or for a
  // merged one not yet in the group.
  const groupsAttr = attributeFor(tables, mapping, 'groups');
  const rolesAttr = attributeFor(tables, mapping, 'groupRoles');
  const groupByName = new Map(ctx.groups.map((g) => [nameKey(g.name), g.id]));
  const inGroup = new Set(ctx.memberships.map((m) => `${m.groupId}\u0000${m.personId}`));
  let colour = ctx.groups.length;
  if (groupsAttr) {
    for (const [i, node] of file.nodes.entries()) {
      const personId = personOf.get(node.key);
      if (!personId) continue;
      const line = i + 1;
      if (existing.has(line) && (choices.get(line) ?? 'skip') === 'skip') continue;
      for (const { name, role } of groupsOf(
        node.attributes[groupsAttr],
        rolesAttr ? node.attributes[rolesAttr] : '',
      )) {
        let groupId = groupByName.get(nameKey(name));
        if (!groupId) {
          groupId = env.newId();
          groupByName.set(nameKey(name), groupId);
          const group = kinds.groups.create({
            id: groupId,
            boardId: ctx.boardId,
            name: name.slice(0, 120),
            colour: groupPalette[colour++ % groupPalette.length]!,
          });
          creates.push({ table: 'groups', record: group, fresh: false });
        }
        const key = `${groupId}\u0000${personId}`;
        if (inGroup.has(key)) continue;
        inGroup.add(key);
        const membership = newMembership(env.newId(), ctx.boardId, groupId, personId, role);
        creates.push({
          table: 'memberships',
          record: membership,
          fresh: validateRecord('memberships', membership).ok,
        });
      }
    }
  }

  // Associations between the people the file brought or matched; one already on the board (the
  // same two people and kind) is not added twice.
  const pairs = new Set(
    ctx.associations.map((a) => [a.fromId, a.toId].sort().join('\u0000') + a.kind),
  );
  let edgesLeftOut = 0;
  for (const edge of edges) {
    const fromId = personOf.get(edge.source);
    const toId = personOf.get(edge.target);
    if (!fromId || !toId || fromId === toId) {
      edgesLeftOut++;
      continue;
    }
    const pair = [fromId, toId].sort().join('\u0000') + String(edge.fields.kind);
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    const record = kinds.associations.create({
      ...edge.fields,
      id: env.newId(),
      boardId: ctx.boardId,
      fromId,
      toId,
    } as never);
    // Fresh: buildEdges checked this very record with the association's schema (with stand-in
    // people, now two different people of this board), so the writer neither reads a stored copy
    // under its new id nor checks it again; it still checks that both people are there.
    creates.push({ table: 'associations', record, fresh: true });
  }
  return { ...base, creates, edgesLeftOut };
}
