import { WriteRejected, type Draft, type Reader } from '../../db/writer';
import { isNewRef, type CapturePlan, type CaptureRecord } from '../../domain/capture';
import { formatDate } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { occurredAtProblem } from '../../domain/incidentRules';
import { newAction } from '../../domain/kinds/action';
import { newAssociation } from '../../domain/kinds/association';
import { newGroup } from '../../domain/kinds/group';
import { newIncident } from '../../domain/kinds/incident';
import { newMembership } from '../../domain/kinds/membership';
import { newPerson } from '../../domain/kinds/person';
import { newPlace } from '../../domain/kinds/place';
import { newPlaceLink } from '../../domain/kinds/placeLink';
import { newPosition } from '../../domain/kinds/position';
import type { CoordinateSpace } from '../../domain/records/geometry';
import { duplicateAssociation, duplicateAssociationMessage } from '../../domain/rules';
import type { Command } from '../command';

/** Where the line's new records go that the plan cannot know: the diagram, the map, a colour. */
export interface CaptureSetting {
  /** A spot on the diagram for each new person, in the plan's order. */
  spots: readonly { x: number; y: number }[];
  /** The colour of a new group's outline. */
  groupColour: string;
  /** The board's map space, for a new place (placed on the map afterwards). */
  space: CoordinateSpace;
}

/** The ids the line's new records are given, so the screen can select or place them. */
export interface CaptureIds {
  people: readonly string[];
  place: string | null;
}

function labelOf(r: CaptureRecord, plan: CapturePlan): string {
  switch (r.kind) {
    case 'person':
      return r.existing ? `Set agency of ${r.existing.name}` : `Add ${plan.newPeople[0]?.name}`;
    case 'associations':
      return r.pairs.length === 1
        ? `Link ${r.pairs[0]!.from.name} and ${r.pairs[0]!.to.name}`
        : `Add ${r.pairs.length} associations`;
    case 'group':
      return r.existing ? `Add to group ${r.name}` : `Make group ${r.name}`;
    case 'place':
      return `Add place ${r.name}`;
    case 'placeLinks':
      return `Link to ${r.place.name}`;
    case 'incident':
      // Like addIncident: the date only, as undo labels reach the projector.
      return `Record an incident on ${formatDate(r.occurredAt.slice(0, 10))}`;
    case 'action':
      return `Add action: ${r.description.slice(0, 60)}`;
  }
}

async function mustExist(reader: Reader, table: 'people' | 'groups' | 'places', id: string) {
  if (!(await reader.get(table, id)))
    throw new WriteRejected(
      'Something this line names is no longer on the board (deleted in another tab?)',
      'conflict',
    );
}

/**
 * Records one line of the capture line: every record it plans (new people with their diagram
 * spots, and the associations, group, place, links, incident or action) in one write, so it is one
 * undo step and nothing half-made is ever stored. Duplicates of what is already recorded refuse the
 * whole line, like the single commands do (linkPeople, linkToPlace).
 */
export function recordCaptureLine(
  boardId: string,
  plan: CapturePlan,
  setting: CaptureSetting,
): { command: Command; ids: CaptureIds } {
  const ids = new Map(plan.newPeople.map((p) => [p.ref, newId()]));
  const idOf = (ref: string) => (isNewRef(ref) ? ids.get(ref)! : ref);
  const recordId = newId();
  const r = plan.record;

  async function recordDrafts(reader: Reader): Promise<Draft[]> {
    switch (r.kind) {
      case 'person': {
        if (!r.existing) return [];
        const current = await reader.get('people', r.existing.id);
        if (!current) return mustExist(reader, 'people', r.existing.id).then(() => []);
        return [
          {
            table: 'people',
            id: current.id,
            after: { ...current, leadAgency: r.leadAgency, leadPractitioner: r.leadPractitioner },
          },
        ];
      }
      case 'associations': {
        const drafts: Draft[] = [];
        const made: Parameters<typeof duplicateAssociation>[0][number][] = [];
        for (const pair of r.pairs) {
          const [fromId, toId] = [idOf(pair.from.ref), idOf(pair.to.ref)];
          const existing = [
            ...(await reader.byIndex('associations', 'fromId', fromId)),
            ...(await reader.byIndex('associations', 'fromId', toId)),
            ...made,
          ];
          const a = newAssociation(newId(), boardId, {
            fromId,
            toId,
            kind: r.associationKind,
            directed: r.directed,
            ...(r.confidence ? { confidence: r.confidence } : {}),
            sourceAgency: r.sourceAgency,
          });
          if (duplicateAssociation(existing, a))
            throw new WriteRejected(
              duplicateAssociationMessage(r.associationKind, pair.from.name, pair.to.name),
              'validation',
            );
          made.push(a);
          drafts.push({ table: 'associations', id: a.id, after: a });
        }
        return drafts;
      }
      case 'group': {
        const groupId = r.existing?.id ?? recordId;
        const members = r.existing
          ? (await reader.byIndex('memberships', 'groupId', groupId)).filter(
              (m) => m.boardId === boardId,
            )
          : [];
        if (r.existing) await mustExist(reader, 'groups', groupId);
        const drafts: Draft[] = r.existing
          ? []
          : [
              {
                table: 'groups',
                id: groupId,
                after: newGroup(groupId, boardId, { name: r.name, colour: setting.groupColour }),
              },
            ];
        for (const m of r.members) {
          const personId = idOf(m.who.ref);
          const current = members.find((x) => x.personId === personId);
          if (current && m.role !== 'not-known' && current.role !== m.role)
            drafts.push({
              table: 'memberships',
              id: current.id,
              after: { ...current, role: m.role },
            });
          if (current) continue;
          const added = newMembership(newId(), boardId, groupId, personId, m.role);
          drafts.push({ table: 'memberships', id: added.id, after: added });
        }
        return drafts;
      }
      case 'place':
        return [
          {
            table: 'places',
            id: recordId,
            after: newPlace(recordId, boardId, {
              name: r.name,
              kind: r.placeKind,
              geometry: null,
              riskLevel: r.riskLevel,
              coordinateSpace: setting.space,
            }),
          },
        ];
      case 'placeLinks': {
        await mustExist(reader, 'places', r.place.id);
        const existing = await reader.byIndex('placeLinks', 'placeId', r.place.id);
        return r.subjects.map((s) => {
          const [subjectKind, subjectId, name] =
            s.kind === 'group'
              ? (['group', s.id, s.name] as const)
              : (['person', idOf(s.who.ref), s.who.name] as const);
          if (existing.some((l) => l.subjectId === subjectId && l.kind === r.linkKind))
            throw new WriteRejected(
              `${name} and ${r.place.name}: that link is already recorded`,
              'validation',
            );
          const link = newPlaceLink(newId(), boardId, {
            placeId: r.place.id,
            subjectKind,
            subjectId,
            kind: r.linkKind,
            source: r.source,
            ...(r.confidence ? { confidence: r.confidence } : {}),
          });
          return { table: 'placeLinks' as const, id: link.id, after: link };
        });
      }
      case 'incident': {
        const problem = occurredAtProblem(r.occurredAt);
        if (problem) throw new WriteRejected(problem, 'validation');
        await mustExist(reader, 'places', r.place.id);
        const incident = newIncident(recordId, boardId, {
          occurredAt: r.occurredAt,
          harmKinds: [...r.harmKinds],
          placeId: r.place.id,
          involved: r.involved.map((i) => ({ personId: idOf(i.who.ref), role: i.role })),
        });
        return [{ table: 'incidents', id: recordId, after: incident }];
      }
      case 'action': {
        const action = newAction(recordId, boardId, {
          targetKind: r.target.kind,
          targetId: r.target.kind === 'board' ? boardId : idOf(r.target.ref),
          description: r.description,
          agency: r.agency,
          partners: [...r.partners],
          dueDate: r.dueDate,
        });
        return [{ table: 'actions', id: recordId, after: action }];
      }
    }
  }

  const command: Command = {
    name: 'recordCaptureLine',
    label: labelOf(r, plan),
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const people: Draft[] = plan.newPeople.flatMap((p, i) => {
        const id = ids.get(p.ref)!;
        const spot = setting.spots[i] ?? { x: 0, y: 0 };
        const position = newPosition(boardId, id, spot.x, spot.y);
        return [
          {
            table: 'people' as const,
            id,
            after: newPerson(id, boardId, {
              displayName: p.name,
              leadAgency: p.leadAgency,
              leadPractitioner: p.leadPractitioner,
            }),
          },
          { table: 'positions' as const, id: position.id, after: position },
        ];
      });
      return [...people, ...(await recordDrafts(reader))];
    },
  };
  return {
    command,
    ids: { people: [...ids.values()], place: r.kind === 'place' ? recordId : null },
  };
}
