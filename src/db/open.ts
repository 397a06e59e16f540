import { db, type PeersDb } from './database';
import { describeStorageError, reportStorageProblem } from './problems';
import { CURRENT_SCHEMA_VERSION } from './schemaVersions';

/**
 * Opens the database and wires the "another tab" events. Never write before the first load: the
 * app shows boards only after this resolves.
 */
export async function openDatabase(database: PeersDb = db()): Promise<boolean> {
  database.on('versionchange', () => {
    // A newer version wants to upgrade in another tab: step aside so it is not blocked, and say so.
    database.close();
    reportStorageProblem({
      kind: 'closed',
      message:
        'Peers & Places was opened with a newer version in another tab. Reload this tab to go on; nothing has been lost.',
      detail: 'versionchange',
    });
    return false;
  });
  database.on('blocked', () => {
    reportStorageProblem({
      kind: 'blocked',
      message:
        'Another tab of Peers & Places is holding your boards open with an older version. Close or reload the other tabs to continue.',
      detail: 'blocked',
    });
  });
  try {
    await database.open();
    // Dexie stores schema version N as IndexedDB version 10N; `verno` shows ours, not the stored one.
    const stored = database.backendDB().version / 10;
    if (stored > CURRENT_SCHEMA_VERSION) {
      // Saved by a newer version of the app (Dexie opens such a database as it is): reading it with
      // this version's schema could misread records, so stop and say so.
      database.close();
      reportStorageProblem({
        kind: 'version',
        message:
          'Your boards were saved by a newer version of Peers & Places (in another tab or an update). Reload this tab to use the newer version; nothing has been lost.',
        detail: `stored version ${stored}, this version ${CURRENT_SCHEMA_VERSION}`,
      });
      return false;
    }
    return true;
  } catch (err) {
    reportStorageProblem(describeStorageError(err));
    return false;
  }
}

let persistAsked = false;

/** Asks the browser to keep our data under storage pressure; called after the first save. */
export function requestPersistentStorage(): void {
  if (persistAsked) return;
  persistAsked = true;
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return;
  void storage
    .persisted()
    .then((already) => (already ? true : storage.persist()))
    .catch(() => undefined);
}
