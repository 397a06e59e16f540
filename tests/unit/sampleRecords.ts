import { newAssociation } from '../../src/domain/kinds/association';
import { newBoard } from '../../src/domain/kinds/board';
import { newPerson } from '../../src/domain/kinds/person';
import { newPosition } from '../../src/domain/kinds/position';
import type { Action } from '../../src/domain/kinds/action';
import type { Annotation } from '../../src/domain/kinds/annotation';
import type { BasemapFile } from '../../src/domain/kinds/basemapFile';
import type { ChangeLogEntry } from '../../src/domain/kinds/changeLog';
import { emptyContexts } from '../../src/domain/records/contexts';
import type { Group } from '../../src/domain/kinds/group';
import type { Membership } from '../../src/domain/kinds/membership';
import type { Incident } from '../../src/domain/kinds/incident';
import type { Meeting } from '../../src/domain/kinds/meeting';
import type { Snapshot } from '../../src/domain/kinds/snapshot';
import type { Place } from '../../src/domain/kinds/place';
import type { PlaceLink } from '../../src/domain/kinds/placeLink';
import type { TableName, TableRecords } from '../../src/domain/kinds';

/** Fixed timestamps: valid ISO date-times, distinct from anything the bus stamps. */
export const T0 = '2026-01-05T09:00:00.000Z';
const stamps = { createdAt: T0, updatedAt: T0 };

export function sampleGroup(id: string, boardId: string, over: Partial<Group> = {}): Group {
  return {
    id,
    boardId,
    ...stamps,
    name: 'Park lot',
    concernLevel: 'emerging',
    contexts: emptyContexts(),
    strengths: ['Football'],
    colour: '#1f77b4',
    notes: '',
    ...over,
  };
}

export function sampleMembership(
  id: string,
  boardId: string,
  groupId: string,
  personId: string,
): Membership {
  return { id, boardId, ...stamps, groupId, personId, role: 'follower' };
}

export function samplePlace(id: string, boardId: string, over: Partial<Place> = {}): Place {
  return {
    id,
    boardId,
    ...stamps,
    name: 'Rec ground',
    kind: 'park',
    geometry: { type: 'Point', coordinates: [-0.1, 51.5] },
    coordinateSpace: 'geo',
    riskLevel: 'moderate',
    timeBands: [{ days: ['mon', 'fri'], from: '15:00', to: '18:00' }],
    guardians: [{ name: 'Pat', role: 'Warden' }],
    agencies: ['Police'],
    notes: '',
    reference: '',
    ...over,
  };
}

export function samplePlaceLink(
  id: string,
  boardId: string,
  placeId: string,
  subjectId: string,
  over: Partial<PlaceLink> = {},
): PlaceLink {
  return {
    id,
    boardId,
    ...stamps,
    placeId,
    subjectKind: 'person',
    subjectId,
    kind: 'frequents',
    from: '2026-01-01',
    to: null,
    source: 'School',
    confidence: 'reported',
    notes: '',
    ...over,
  };
}

export function sampleIncident(
  id: string,
  boardId: string,
  over: Partial<Incident> = {},
): Incident {
  return {
    id,
    boardId,
    ...stamps,
    occurredAt: '2026-01-03T17:30',
    harmKinds: ['violence'],
    placeId: null,
    point: [-0.1, 51.5],
    involved: [],
    source: 'Police',
    notes: '',
    reference: '',
    ...over,
  };
}

export function sampleAction(id: string, boardId: string, over: Partial<Action> = {}): Action {
  return {
    id,
    boardId,
    ...stamps,
    targetKind: 'board',
    targetId: boardId,
    description: 'Detached youth work at the park',
    agency: 'Youth service',
    partners: [],
    owner: 'Sam',
    goal: '',
    context: 'neighbourhood',
    dueDate: '2026-03-01',
    reviewDate: '2026-04-01',
    status: 'planned',
    outcome: '',
    meetingId: null,
    ...over,
  };
}

export function sampleAnnotation(
  id: string,
  boardId: string,
  over: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    boardId,
    ...stamps,
    text: 'Check with school',
    surface: 'network',
    position: { x: 10, y: 20 },
    lngLat: null,
    attachedTo: null,
    ...over,
  };
}

export function sampleMeeting(id: string, boardId: string, over: Partial<Meeting> = {}): Meeting {
  return {
    id,
    boardId,
    ...stamps,
    date: '2026-01-10',
    attendees: [{ name: 'Sam', agency: 'Youth service' }],
    agenda: [],
    decisions: [],
    status: 'ended',
    endedAt: T0,
    notes: '',
    ...over,
  };
}

export function sampleSnapshot(id: string, boardId: string, meetingId: string): Snapshot {
  return { id, boardId, ...stamps, meetingId, takenAt: T0, tables: { people: [] } };
}

export function sampleChangeLog(id: string, boardId: string): ChangeLogEntry {
  return {
    id,
    boardId,
    ...stamps,
    at: T0,
    who: 'Sam',
    what: 'Add Ali',
    command: 'addPerson',
    origin: 'do',
    changes: [{ table: 'people', id: 'p1', op: 'create' }],
  };
}

/** A small stored PNG basemap file (the bytes are not a real image: only the record is checked). */
export function sampleBasemapFile(
  id: string,
  boardId: string,
  over: Partial<BasemapFile> = {},
): BasemapFile {
  const data = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
  return {
    id,
    boardId,
    ...stamps,
    fileName: 'floor-plan.png',
    kind: 'image',
    size: data.size,
    type: 'image/png',
    data,
    ...over,
  };
}

/** One valid record of every table, all on board `b`, referring to each other. */
export function oneOfEach(b = 'b1'): { [T in TableName]: TableRecords[T] } {
  return {
    boards: {
      ...newBoard(b, {
        title: 'Town centre',
        purpose: 'Map peer groups',
        owner: 'Sam',
        reviewDate: '2026-06-01',
      }),
      ...stamps,
    },
    people: { ...newPerson('p1', b, { displayName: 'Ali' }), ...stamps },
    groups: sampleGroup('g1', b),
    memberships: sampleMembership('m1', b, 'g1', 'p1'),
    associations: {
      ...newAssociation('a1', b, { fromId: 'p1', toId: 'p2', kind: 'friendship' }),
      ...stamps,
    },
    places: samplePlace('pl1', b),
    placeLinks: samplePlaceLink('pll1', b, 'pl1', 'p1'),
    incidents: sampleIncident('i1', b, {
      placeId: 'pl1',
      involved: [{ personId: 'p1', role: 'harmed' }],
    }),
    actions: sampleAction('ac1', b),
    annotations: sampleAnnotation('an1', b),
    meetings: sampleMeeting('mt1', b),
    snapshots: sampleSnapshot('s1', b, 'mt1'),
    positions: { ...newPosition(b, 'p1', 1, 2), ...stamps },
    changeLog: sampleChangeLog('cl1', b),
    basemapFiles: sampleBasemapFile('bf1', b),
  };
}
