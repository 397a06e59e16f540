import type { z } from 'zod';
import { actionSchema, type Action } from './records/action';
import { annotationSchema, type Annotation } from './records/annotation';
import { associationSchema, type Association } from './records/association';
import { basemapFileSchema, type BasemapFile } from './records/basemapFile';
import { boardSchema, type Board } from './records/board';
import { changeLogEntrySchema, type ChangeLogEntry } from './records/changeLog';
import { groupSchema, membershipSchema, type Group, type Membership } from './records/group';
import { incidentSchema, type Incident } from './records/incident';
import { meetingSchema, snapshotSchema, type Meeting, type Snapshot } from './records/meeting';
import { personSchema, type Person } from './records/person';
import { placeSchema, type Place } from './records/place';
import { placeLinkSchema, type PlaceLink } from './records/placeLink';
import { diagramPositionSchema, type DiagramPosition } from './records/position';

/** The record type stored in each table: one definition, used by the store, commands and views. */
export interface TableRecords {
  boards: Board;
  people: Person;
  groups: Group;
  memberships: Membership;
  associations: Association;
  places: Place;
  placeLinks: PlaceLink;
  incidents: Incident;
  actions: Action;
  annotations: Annotation;
  meetings: Meeting;
  snapshots: Snapshot;
  positions: DiagramPosition;
  changeLog: ChangeLogEntry;
  basemapFiles: BasemapFile;
}
export type TableName = keyof TableRecords;
export type AnyRecord = TableRecords[TableName];

export const tableSchemas: { [T in TableName]: z.ZodType<TableRecords[T]> } = {
  boards: boardSchema,
  people: personSchema,
  groups: groupSchema,
  memberships: membershipSchema,
  associations: associationSchema,
  places: placeSchema,
  placeLinks: placeLinkSchema,
  incidents: incidentSchema,
  actions: actionSchema,
  annotations: annotationSchema,
  meetings: meetingSchema,
  snapshots: snapshotSchema,
  positions: diagramPositionSchema,
  changeLog: changeLogEntrySchema,
  basemapFiles: basemapFileSchema,
};

export const tableNames = Object.keys(tableSchemas) as TableName[];

/** Tables whose records belong to a board (all but the board itself). */
export const boardContentTables = tableNames.filter((t) => t !== 'boards');

/** What users call a record of each table, for messages. */
export const recordNoun: Record<TableName, string> = {
  boards: 'board',
  people: 'person',
  groups: 'group',
  memberships: 'group membership',
  associations: 'association',
  places: 'place',
  placeLinks: 'place link',
  incidents: 'incident',
  actions: 'action',
  annotations: 'note',
  meetings: 'meeting',
  snapshots: 'meeting snapshot',
  positions: 'diagram position',
  changeLog: 'change-log entry',
  basemapFiles: 'basemap file',
};

export interface RecordRef {
  table: TableName;
  id: string;
}

/**
 * Records a record points at, which must exist when it is written. The bus checks these inside the
 * write transaction, so a redo can never resurrect an association to a person deleted in another tab.
 */
export function referencesOf(table: TableName, record: AnyRecord): RecordRef[] {
  const refs: RecordRef[] = [];
  if (table !== 'boards' && table !== 'changeLog')
    refs.push({ table: 'boards', id: record.boardId });
  switch (table) {
    case 'associations': {
      const a = record as Association;
      refs.push({ table: 'people', id: a.fromId }, { table: 'people', id: a.toId });
      break;
    }
    case 'memberships': {
      const m = record as Membership;
      refs.push({ table: 'groups', id: m.groupId }, { table: 'people', id: m.personId });
      break;
    }
    case 'placeLinks': {
      const l = record as PlaceLink;
      refs.push({ table: 'places', id: l.placeId });
      refs.push({ table: l.subjectKind === 'person' ? 'people' : 'groups', id: l.subjectId });
      break;
    }
    case 'positions': {
      const p = record as DiagramPosition;
      refs.push({
        table: p.nodeKind === 'person' ? 'people' : p.nodeKind === 'group' ? 'groups' : 'places',
        id: p.nodeId,
      });
      break;
    }
    case 'snapshots':
      refs.push({ table: 'meetings', id: (record as Snapshot).meetingId });
      break;
    default:
      break;
  }
  return refs;
}

/** Validates a record against its table's schema; returns plain-words problems by field. */
export function validateRecord<T extends TableName>(
  table: T,
  record: unknown,
): { ok: true; value: TableRecords[T] } | { ok: false; problems: FieldProblem[] } {
  const result = tableSchemas[table].safeParse(record);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({
      field: i.path.map(String).join('.'),
      message: i.message,
    })),
  };
}

export interface FieldProblem {
  field: string;
  message: string;
}
