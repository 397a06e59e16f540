import {
  associationKinds,
  DEFAULT_CLASSIFICATION,
  defaultIndicatorKinds,
  type AssociationKind,
  type GroupRole,
} from './vocabulary';
import type { Action } from './records/action';
import type { Annotation } from './records/annotation';
import type { Group, Membership } from './records/group';
import type { Association } from './records/association';
import type { Board } from './records/board';
import { emptyContexts } from './records/contexts';
import type { Incident } from './records/incident';
import type { Person } from './records/person';
import type { Place } from './records/place';
import type { PlaceLink } from './records/placeLink';
import { positionId, NETWORK_DIAGRAM, type DiagramPosition } from './records/position';

/**
 * Defaults for new records. Timestamps are set by the command bus when it writes, so factories take
 * none; `STAMP` is only a placeholder that the bus overwrites.
 */
const STAMP = '1970-01-01T00:00:00.000Z';
const stamps = { createdAt: STAMP, updatedAt: STAMP };

/** Initials from a name: "Jordan Ade-Smith" -> "JA". */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** Renaming someone: their initials follow the new name unless someone set them by hand. */
export function renamePatch(
  person: { displayName: string; initials: string },
  name: string,
): { displayName: string; initials?: string } {
  const followsName = !person.initials || person.initials === initialsOf(person.displayName);
  return followsName ? { displayName: name, initials: initialsOf(name) } : { displayName: name };
}

export function newBoard(
  id: string,
  fields: Pick<Board, 'title' | 'purpose' | 'owner' | 'reviewDate'> & Partial<Board>,
): Board {
  return {
    retentionDate: null,
    classification: DEFAULT_CLASSIFICATION,
    namePolicy: 'full',
    basemap: { kind: 'none' },
    indicatorKinds: defaultIndicatorKinds.map((k) => ({ ...k })),
    considered: [],
    notes: '',
    archived: false,
    ...stamps,
    ...fields,
    id,
    boardId: id,
  };
}

export function newPerson(
  id: string,
  boardId: string,
  fields: Pick<Person, 'displayName'> & Partial<Person>,
): Person {
  return {
    fullName: '',
    initials: initialsOf(fields.displayName),
    pseudonym: '',
    kind: 'young-person',
    age: null,
    dateOfBirth: null,
    gender: '',
    school: '',
    leadAgency: '',
    leadPractitioner: '',
    harmRole: 'not-known',
    riskLevel: 'not-assessed',
    indicators: [],
    strengths: [],
    contexts: emptyContexts(),
    notes: '',
    tags: [],
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

export function newAssociation(
  id: string,
  boardId: string,
  fields: Pick<Association, 'fromId' | 'toId' | 'kind'> & Partial<Association>,
): Association {
  return {
    directed: defaultDirected(fields.kind),
    confidence: 'reported',
    sourceAgency: '',
    firstReported: null,
    lastReported: null,
    reviewDate: null,
    notes: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

export function defaultDirected(kind: AssociationKind): boolean {
  return associationKinds.find((k) => k.key === kind)?.directed ?? false;
}

export function newPosition(
  boardId: string,
  nodeId: string,
  x: number,
  y: number,
): DiagramPosition {
  return {
    id: positionId(nodeId),
    boardId,
    diagram: NETWORK_DIAGRAM,
    nodeKind: 'person',
    nodeId,
    x,
    y,
    pinned: false,
    ...stamps,
  };
}

export function newGroup(
  id: string,
  boardId: string,
  fields: Pick<Group, 'name' | 'colour'> & Partial<Group>,
): Group {
  return {
    concernLevel: 'not-assessed',
    contexts: emptyContexts(),
    strengths: [],
    notes: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

export function newMembership(
  id: string,
  boardId: string,
  groupId: string,
  personId: string,
  role: GroupRole = 'not-known',
): Membership {
  return { groupId, personId, role, ...stamps, id, boardId };
}

export function newAnnotation(
  id: string,
  boardId: string,
  text: string,
  position: { x: number; y: number },
  attachedTo: Annotation['attachedTo'] = null,
): Annotation {
  return {
    text,
    surface: 'network',
    position,
    lngLat: null,
    attachedTo,
    ...stamps,
    id,
    boardId,
  };
}

export function newPlace(
  id: string,
  boardId: string,
  fields: Pick<Place, 'name' | 'kind' | 'geometry'> & Partial<Place>,
): Place {
  return {
    coordinateSpace: 'geo',
    riskLevel: 'not-assessed',
    timeBands: [],
    guardians: [],
    agencies: [],
    notes: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

export function newPlaceLink(
  id: string,
  boardId: string,
  fields: Pick<PlaceLink, 'placeId' | 'subjectKind' | 'subjectId' | 'kind'> & Partial<PlaceLink>,
): PlaceLink {
  return {
    from: null,
    to: null,
    source: '',
    confidence: 'reported',
    notes: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

export function newIncident(
  id: string,
  boardId: string,
  fields: Pick<Incident, 'occurredAt' | 'harmKinds'> & Partial<Incident>,
): Incident {
  return {
    placeId: null,
    point: null,
    involved: [],
    source: '',
    notes: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

export function newAction(
  id: string,
  boardId: string,
  fields: Pick<Action, 'targetKind' | 'targetId' | 'description' | 'agency' | 'dueDate'> &
    Partial<Action>,
): Action {
  return {
    owner: '',
    goal: '',
    context: null,
    reviewDate: null,
    status: 'planned',
    outcome: '',
    meetingId: null,
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}
