import { expect, type Locator, type Page } from '@playwright/test';
import { storedRecords } from './board';

/** Retention, erasure and archive (features/retention): the prompt, the board's details, raw storage. */

export function retentionPrompt(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Boards past their retention date' });
}

/** The boards the prompt lists, by title. */
export function promptedBoards(page: Page): Locator {
  return retentionPrompt(page)
    .getByRole('list', { name: 'Boards past their retention date' })
    .getByRole('listitem');
}

export function aboutBoard(page: Page): Locator {
  return page.getByRole('region', { name: 'About this board' });
}

/** Sets the open board's "Keep until" in its details and waits until it is stored. */
export async function setKeepUntil(page: Page, boardId: string, iso: string): Promise<void> {
  await aboutBoard(page).getByLabel('Keep until').fill(iso);
  await expect
    .poll(async () => {
      const boards = await storedRecords<{ id: string; retentionDate: string | null }>(
        page,
        'boards',
      );
      return boards.find((b) => b.id === boardId)?.retentionDate;
    })
    .toBe(iso);
}

export function archivedList(page: Page): Locator {
  return page.getByRole('list', { name: 'Archived boards' });
}

/**
 * Every record of every store of the app's database, as IndexedDB itself holds it (no Dexie), as
 * text: what someone with the laptop could read.
 */
export async function rawDatabaseText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('peers-and-places');
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          const stores = [...db.objectStoreNames];
          const tx = db.transaction(stores, 'readonly');
          const out: Record<string, unknown> = {};
          for (const s of stores) {
            const all = tx.objectStore(s).getAll();
            all.onsuccess = () => {
              out[s] = all.result as unknown;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => {
            db.close();
            reject(new Error(String(tx.error)));
          };
        };
      }),
  );
}
