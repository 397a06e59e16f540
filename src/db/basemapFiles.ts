import type { BasemapFile } from '../domain/kinds/basemapFile';
import { db } from './database';
import { useStoredRead } from './useStoredRead';
import { checkLoaded, type QuarantinedRecord } from './loadValidation';

/** A basemap file as the map reads it: the record, missing, or kept aside as unreadable. */
export type StoredBasemapFile =
  | { state: 'found'; file: BasemapFile }
  | { state: 'missing' }
  | { state: 'unreadable'; problem: string };

/**
 * The file a board's basemap is drawn from, as a live query: undefined while loading. Read on its
 * own (never with the board's other records) so a 400 MB map is not pulled into every re-read.
 */
export function useBasemapFile(id: string | null): StoredBasemapFile | undefined {
  return useStoredRead(
    async (): Promise<StoredBasemapFile> => {
      if (id === null) return { state: 'missing' };
      const found = await db().table_('basemapFiles').get(id);
      if (!found) return { state: 'missing' };
      const quarantined: QuarantinedRecord[] = [];
      const [file] = checkLoaded('basemapFiles', [found], quarantined);
      if (file) return { state: 'found', file };
      return { state: 'unreadable', problem: quarantined[0]?.problem ?? 'not readable' };
    },
    (cs) => cs.changes.some((c) => c.table === 'basemapFiles' && c.id === id),
    [id],
  );
}
