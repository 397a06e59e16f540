import { expect, test, type Page } from '@playwright/test';
import { answerNameDialog, createBoard, start } from './pages/app';
import { addPersonByKeyboard, canvas, waitForTestApi } from './pages/board';

const DB_NAME = 'peers-and-places';
/** Far newer than any schema this build knows. */
const NEWER_VERSION = 990;

/** Opens the app's database at a newer version from this page (as a newer build in another tab would). */
async function openNewerVersion(page: Page): Promise<number> {
  return page.evaluate(
    ([name, version]) =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open(name, version);
        req.onsuccess = () => {
          const v = req.result.version;
          req.result.close();
          resolve(v);
        };
        req.onerror = () => reject(new Error(String(req.error)));
      }),
    [DB_NAME, NEWER_VERSION] as const,
  );
}

test('a database left by a newer version stops the app with a plain message and a reload button', async ({
  page,
}) => {
  // Before the app loads: the device already holds the database at a far newer version.
  await page.addInitScript(
    ([name, version]) => {
      const req = indexedDB.open(name, version);
      req.onsuccess = () => req.result.close();
    },
    [DB_NAME, NEWER_VERSION] as const,
  );
  await page.goto('/?e2e');

  const banner = page.getByRole('alert').filter({ hasText: 'newer version' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Reload this tab');
  await expect(banner.getByRole('button', { name: 'Reload this tab' })).toBeVisible();
  await expect(page.getByText('Your boards could not be opened in this tab.')).toBeVisible();
  // Nothing is asked or shown as if all were well.
  await expect(page.getByRole('dialog', { name: 'Who is using this device?' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Boards', level: 1 })).toHaveCount(0);
});

test('a newer version opened in another tab makes this tab step aside and say so', async ({
  context,
}) => {
  const a = await context.newPage();
  await start(a);
  const boardId = await createBoard(a, { title: 'Upgrade board' });
  await waitForTestApi(a);
  await canvas(a).focus();
  await addPersonByKeyboard(a, boardId, 'Ali');
  await expect(a.getByRole('alert').filter({ hasText: 'newer version' })).toHaveCount(0);

  const b = await context.newPage();
  await b.goto('/?e2e');
  // Tab A closes its connection when asked, so the newer version is not blocked.
  expect(await openNewerVersion(b)).toBe(NEWER_VERSION);

  const banner = a
    .getByRole('alert')
    .filter({ hasText: 'opened with a newer version in another tab' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Reload this tab to go on');
  await expect(banner.getByRole('button', { name: 'Reload this tab' })).toBeVisible();
});

test('a stored user name of the wrong type is asked for again, not a broken app', async ({
  page,
}) => {
  await start(page);
  // As a damaged store (or another version) might leave it: the name is a number.
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'userName', value: 42 });
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    DB_NAME,
  );
  await page.reload();
  await answerNameDialog(page, 'Jo Hartley');
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible();
  await expect(page.getByText('is not a function')).toHaveCount(0);
});
