import { expect, type Locator, type Page } from '@playwright/test';
import { encodePng, makeHarrowfieldPmtiles } from '../../fixtures/makePmtiles.mjs';
import { addTrainingBoard, openBoard, start, TRAINING_TITLE } from './app';
import { mapTool, mapTools } from './mapTools';

/** The map's basemap: the toolbar menu, its forms, and what is stored. */

export const mapCanvas = (page: Page): Locator =>
  page.getByRole('application', { name: /^Map of / });

/** The Basemap button where it is now: on the map toolbar's row, or in its open More panel. */
export const basemapButton = (page: Page): Locator =>
  mapTools(page).getByRole('button', { name: /^Basemap:/ });

/** The Basemap button, from the row or, when it has folded, from More (opened first). */
export const basemapTool = (page: Page): Promise<Locator> => mapTool(page, /^Basemap:/);

/** Opens the training board (whose basemap is the sketch) with the network and the map. */
export async function openTrainingMap(page: Page): Promise<string> {
  await start(page);
  await addTrainingBoard(page);
  const boardId = await openBoard(page, TRAINING_TITLE);
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  await expect(mapCanvas(page)).toBeVisible();
  return boardId;
}

/** Picks an entry of the Basemap menu with the mouse. */
export async function chooseBasemap(page: Page, entry: string): Promise<void> {
  await (await basemapTool(page)).click();
  await page
    .getByRole('menu', { name: 'Basemap' })
    .getByRole('menuitemradio', { name: entry })
    .click();
}

export async function useTiles(page: Page, template: string, credit: string): Promise<Locator> {
  await chooseBasemap(page, 'Tile server…');
  const form = page.getByRole('dialog', { name: 'Use map tiles from a server' });
  await form.getByLabel('Tile address').fill(template);
  await form.getByLabel('Credit (attribution)').fill(credit);
  await form.getByRole('button', { name: 'Use these tiles' }).click();
  return form;
}

export interface FileToChoose {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export async function usePmtiles(page: Page, file: FileToChoose): Promise<Locator> {
  await chooseBasemap(page, 'Offline map file (PMTiles)…');
  const form = page.getByRole('dialog', { name: 'Use an offline map file' });
  await form.getByLabel('Offline map file (PMTiles)').setInputFiles(file);
  return form;
}

export async function useImage(page: Page, file: FileToChoose): Promise<Locator> {
  await chooseBasemap(page, 'Image or floor plan…');
  const form = page.getByRole('dialog', { name: 'Use an image as the background' });
  await form.getByLabel('Background image').setInputFiles(file);
  return form;
}

export const harrowfieldPmtiles = (): FileToChoose => ({
  name: 'harrowfield.pmtiles',
  mimeType: 'application/octet-stream',
  buffer: makeHarrowfieldPmtiles(),
});

/** A plain floor plan: walls around rooms on cream paper, `width` × `height` pixels. */
export function floorPlan(width = 1200, height = 800): FileToChoose {
  const rgb = Buffer.alloc(width * height * 3, 245);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const wall = x < 8 || y < 8 || x >= width - 8 || y >= height - 8 || x % 300 < 6;
      if (wall) rgb.set([40, 40, 40], (y * width + x) * 3);
    }
  return {
    name: 'school-floor-plan.png',
    mimeType: 'image/png',
    buffer: encodePng(width, height, rgb),
  };
}

/**
 * A PNG whose picture data is damaged: the header is fine, the pixels cannot be decoded (an <img>
 * would still show it, grey where the damage is).
 */
export function brokenPng(): FileToChoose {
  const good = floorPlan(400, 300).buffer;
  const idat = good.indexOf('IDAT');
  const broken = Buffer.from(good);
  // Overwrite the compressed pixels with bytes that are not a zlib stream.
  broken.fill(0x55, idat + 4, Math.min(broken.length - 12, idat + 4 + 200));
  return { name: 'scan-of-map.png', mimeType: 'image/png', buffer: broken };
}

/** What the training board stores for its basemap, and the basemap files on the device. */
export async function storedBasemap(page: Page): Promise<{
  basemap: Record<string, unknown> | null;
  files: { fileName: string; size: number; kind: string }[];
}> {
  return page.evaluate(
    (title) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('peers-and-places');
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['boards', 'basemapFiles'], 'readonly');
          const boards = tx.objectStore('boards').getAll();
          const files = tx.objectStore('basemapFiles').getAll();
          tx.oncomplete = () => {
            db.close();
            const board = (
              boards.result as { title: string; basemap: Record<string, unknown> }[]
            ).find((b) => b.title === title);
            resolve({
              basemap: board?.basemap ?? null,
              files: (files.result as { fileName: string; size: number; kind: string }[]).map(
                (f) => ({
                  fileName: f.fileName,
                  size: f.size,
                  kind: f.kind,
                }),
              ),
            });
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    TRAINING_TITLE,
  );
}

/** The street names of the sketch, drawn as text on the map. */
export const sketchLabel = (page: Page, name: string): Locator =>
  mapCanvas(page).locator('.sketch-label', { hasText: name });

/** Picture tiles of an offline map that have been drawn. */
export const drawnPmtiles = (page: Page): Locator =>
  mapCanvas(page).locator('.basemap-pmtiles .leaflet-tile-loaded img');
