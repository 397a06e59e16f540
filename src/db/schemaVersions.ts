import type { Transaction } from 'dexie';

/**
 * Every stored schema version, kept forever. Indexes are only ids, board ids and dates: never
 * names, kinds or free text, as they stay readable when the records are encrypted at rest.
 * Add a version by appending an entry (with an `upgrade` step if records change shape) and a saved
 * fixture of the previous version under fixtures/db/ for the upgrade test. The current indexes are
 * also declared by each record kind (src/domain/kinds); a test holds the newest version to them.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      boards: 'id, updatedAt, reviewDate',
      people: 'id, boardId, kind',
      groups: 'id, boardId',
      memberships: 'id, boardId, groupId, personId',
      associations: 'id, boardId, kind, fromId, toId, reviewDate',
      places: 'id, boardId, kind',
      placeLinks: 'id, boardId, placeId, subjectId, kind',
      incidents: 'id, boardId, placeId, occurredAt',
      actions: 'id, boardId, targetId, dueDate',
      annotations: 'id, boardId',
      meetings: 'id, boardId, date',
      snapshots: 'id, boardId, meetingId',
      positions: 'id, boardId, nodeId',
      changeLog: 'id, boardId, at',
      settings: 'key',
    },
  },
  {
    // Files a basemap is drawn from (offline PMTiles maps, background images). A new table only:
    // no record changes shape, so there is no upgrade step.
    version: 2,
    stores: { basemapFiles: 'id, boardId' },
  },
  {
    // Logical versions: each board's clock (the last version written), and the change log
    // findable by version, so an undo can see what others have changed since its step. New
    // fields on log entries are optional, so no record changes shape and there is no upgrade step.
    version: 3,
    stores: { changeLog: 'id, boardId, at, [boardId+version]', clocks: 'boardId' },
  },
  {
    // Indexes are stored in the clear even when records are encrypted at rest, so none may say
    // anything about a child: the kinds of people, associations ("exploitation"), places and
    // place links are dropped (no query used them). Dropping an index changes no record.
    version: 4,
    stores: {
      people: 'id, boardId',
      associations: 'id, boardId, fromId, toId, reviewDate',
      places: 'id, boardId',
      placeLinks: 'id, boardId, placeId, subjectId',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]!.version;
