import Dexie, { type Table } from 'dexie';
import type { TableName, TableRecords } from '../domain/kinds';
import { encryptionMiddleware } from './encryption/encryptionSwitch';
import { sealedTables } from './encryption/sealedTables';
import { schemaVersions } from './schemaVersions';

export const DB_NAME = 'peers-and-places';

/** A device preference such as the local user's name; not domain data, so not undoable. */
export interface Setting {
  key: string;
  value: unknown;
}

/** A board's logical clock: the version of the last change set written to it. */
export interface Clock {
  boardId: string;
  version: number;
}

/**
 * The stores that hold no records of a kind (src/domain/kinds) and their current store specs: the
 * device's settings and each board's clock. A test holds the latest schema version to these and
 * to the kinds' indexes.
 */
export const deviceStores = { settings: 'key', clocks: 'boardId' } as const;

export type DomainTables = { [T in TableName]: Table<TableRecords[T], string> };

export class PeersDb extends Dexie {
  declare boards: DomainTables['boards'];
  declare people: DomainTables['people'];
  declare groups: DomainTables['groups'];
  declare memberships: DomainTables['memberships'];
  declare associations: DomainTables['associations'];
  declare places: DomainTables['places'];
  declare placeLinks: DomainTables['placeLinks'];
  declare incidents: DomainTables['incidents'];
  declare actions: DomainTables['actions'];
  declare annotations: DomainTables['annotations'];
  declare meetings: DomainTables['meetings'];
  declare snapshots: DomainTables['snapshots'];
  declare positions: DomainTables['positions'];
  declare changeLog: DomainTables['changeLog'];
  declare settings: Table<Setting, string>;
  declare clocks: Table<Clock, string>;

  constructor(name = DB_NAME, versions = schemaVersions) {
    // Dexie's optimistic cache re-runs live queries (and so re-renders the diagram) inside the
    // write transaction, which measurably delays every commit; we let queries re-run after it.
    super(name, { cache: 'disabled' });
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Encryption at rest (encryption/): records are sealed on their way in and opened on their way
    // out, below every query, so no other code knows whether protection is on.
    this.use(encryptionMiddleware(sealedTables()));
  }

  table_<T extends TableName>(name: T): DomainTables[T] {
    return this.table(name) as unknown as DomainTables[T];
  }
}

let current: PeersDb | null = null;

/** The app's database. Tests may swap in their own with `installDatabase`. */
export function db(): PeersDb {
  current ??= new PeersDb();
  return current;
}

export function installDatabase(next: PeersDb): void {
  current = next;
}
