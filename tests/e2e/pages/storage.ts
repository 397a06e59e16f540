import type { Page } from '@playwright/test';

/**
 * Every object store of the app's IndexedDB database, read raw (not through the app), as one
 * string: a test of a refused file compares it before and after to show nothing stored changed.
 * Blobs (stored basemap files) are read byte for byte.
 */
export async function rawDatabaseDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('peers-and-places');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const plain = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) {
        const bytes = new Uint8Array(await value.arrayBuffer());
        return { blob: value.type, bytes: Array.from(bytes).join(',') };
      }
      if (Array.isArray(value)) return Promise.all(value.map(plain));
      if (value && typeof value === 'object') {
        const entries = await Promise.all(
          Object.entries(value as Record<string, unknown>)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(async ([k, v]) => [k, await plain(v)] as const),
        );
        return Object.fromEntries(entries);
      }
      return value;
    };
    const stores: Record<string, unknown> = {};
    for (const name of Array.from(database.objectStoreNames).sort()) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      stores[name] = await plain(rows);
    }
    database.close();
    return JSON.stringify(stores);
  });
}
