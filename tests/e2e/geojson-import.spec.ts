import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  createBoard,
  headerButton,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import { storedRecords, toolbarButton, waitForDrawn } from './pages/board';
import { exportData } from './pages/exports';
import { rawDatabaseDump } from './pages/storage';

/**
 * GeoJSON import through the board's Import menu: our own GeoJSON export brought back into an
 * empty board, a file written by GDAL's ogr2ogr (Debian's, run here), and hostile files refused
 * or listed by feature with nothing stored.
 */

const HOSTILE = 'tests/fixtures/hostile';

const dialogOf = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Import places from a map file (GeoJSON)' });

async function openGeoJsonImport(page: Page): Promise<Locator> {
  await toolbarButton(page, 'Import').click();
  await page
    .getByRole('menu', { name: 'Import into this board from' })
    .getByRole('menuitem', { name: 'Map file (GeoJSON)…' })
    .click();
  const dialog = dialogOf(page);
  await expect(dialog.getByRole('heading', { name: 'Choose the file' })).toBeVisible();
  return dialog;
}

const chooseFile = (dialog: Locator, path: string) =>
  dialog.getByLabel('GeoJSON file').setInputFiles(path);

async function next(dialog: Locator, heading: string): Promise<void> {
  await dialog.getByRole('button', { name: /^Next: / }).click();
  await expect(dialog.getByRole('heading', { name: heading, exact: true })).toBeVisible();
}

/** From the properties to the check step with the guessed mapping. */
async function toCheck(dialog: Locator): Promise<void> {
  await expect(dialog.getByRole('heading', { name: 'Match the properties' })).toBeVisible();
  await next(dialog, 'Match the values');
  await next(dialog, 'Check the places');
}

type StoredPlace = {
  boardId: string;
  name: string;
  kind: string;
  riskLevel: string;
  coordinateSpace: string;
  geometry: { type: string; coordinates: unknown } | null;
};

const placesOf = async (page: Page, boardId: string) =>
  (await storedRecords<StoredPlace>(page, 'places')).filter((p) => p.boardId === boardId);

/** Every coordinate of a geometry, flat, to compare within a tolerance. */
const numbersOf = (g: StoredPlace['geometry']): number[] =>
  g ? (g.coordinates as number[] | number[][][]).flat(3) : [];

/**
 * A geometry's corners in a fixed order: RFC 7946 winds an outer ring counter-clockwise, so the
 * export may start and run an area's outline another way round than it was drawn.
 */
const cornersOf = (g: StoredPlace['geometry']): number[] => {
  if (!g || g.type === 'Point') return numbersOf(g);
  return (g.coordinates as number[][][])
    .flatMap((ring) => ring.slice(0, -1))
    .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)
    .flat();
};

async function emptyBoard(page: Page, title: string): Promise<string> {
  await start(page);
  const id = await createBoard(page, { title });
  await waitForDrawn(page, 0);
  return id;
}

test('the training board’s GeoJSON export comes back into an empty board with the same places, incidents left out, and one undo takes them away', async ({
  page,
}) => {
  await start(page);
  await addTrainingBoard(page);
  const trainingId = await openBoard(page, TRAINING_TITLE);
  const [saved] = await exportData(page, 'GeoJSON map');
  const exported = JSON.parse(saved!.text) as {
    features: { properties: { recordType: string } }[];
  };
  const incidents = exported.features.filter((f) => f.properties.recordType === 'incident').length;
  expect(incidents).toBeGreaterThan(0);
  const original = (await placesOf(page, trainingId)).sort((a, b) => a.name.localeCompare(b.name));
  expect(original.length).toBeGreaterThan(0);

  await page.goto('/?e2e#/');
  const copyId = await createBoard(page, { title: 'Places back from GeoJSON' });
  await waitForDrawn(page, 0);
  const dialog = await openGeoJsonImport(page);
  await chooseFile(dialog, saved!.path);
  await expect(
    dialog.getByText(
      `“${basename(saved!.path)}”: ${exported.features.length} features, of which ${original.length} are places to import.`,
    ),
  ).toBeVisible();
  await toCheck(dialog);
  await expect(dialog.getByRole('status')).toHaveText(
    new RegExp(`^${original.length} places of ${original.length} place features can be imported`),
  );
  await expect(
    dialog.getByText(`${incidents} features are incidents; they are left out.`),
  ).toBeVisible();
  await expect(dialog.getByRole('region', { name: /^Problems in/ })).toHaveCount(0);
  await dialog.screenshot({ path: 'test-results/shots/geojson-import-check.png' });
  await dialog.getByRole('button', { name: `Import ${original.length} places` }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(async () => (await placesOf(page, copyId)).length).toBe(original.length);
  const copy = (await placesOf(page, copyId)).sort((a, b) => a.name.localeCompare(b.name));
  expect(copy.map((p) => [p.name, p.kind, p.riskLevel, p.geometry?.type ?? null])).toEqual(
    original.map((p) => [p.name, p.kind, p.riskLevel, p.geometry?.type ?? null]),
  );
  copy.forEach((place, i) => {
    const want = cornersOf(original[i]!.geometry);
    const got = cornersOf(place.geometry);
    expect(got.length).toBe(want.length);
    got.forEach((n, j) => expect(Math.abs(n - want[j]!)).toBeLessThanOrEqual(1e-6));
  });

  await headerButton(page, 'Undo').click();
  await expect.poll(async () => (await placesOf(page, copyId)).length).toBe(0);
});

test('a GeoJSON written by GDAL’s ogr2ogr imports with matching counts', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-ogr-'));
  const source = join(dir, 'sketch.geojson');
  const square = [
    [-1.5125, 53.4041],
    [-1.5084, 53.4041],
    [-1.5084, 53.4026],
    [-1.5125, 53.4026],
    [-1.5125, 53.4041],
  ];
  writeFileSync(
    source,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { Name: 'Harrowfield Rec', Type: 'Park', Notes: 'Gates locked at dusk' },
          geometry: { type: 'Point', coordinates: [-1.5101, 53.4033] },
        },
        {
          type: 'Feature',
          properties: { Name: 'Moor Lane shops', Type: 'High street', Notes: null },
          geometry: { type: 'Point', coordinates: [-1.507, 53.405] },
        },
        {
          type: 'Feature',
          properties: { Name: 'Mill Court flats', Type: 'Estate', Notes: 'Stairwell B' },
          geometry: { type: 'Polygon', coordinates: [square] },
        },
      ],
    }),
  );
  const written = join(dir, 'from-ogr2ogr.geojson');
  execFileSync('ogr2ogr', ['-f', 'GeoJSON', written, source]);
  // GDAL's own writing: the layer named after the file it came from, one feature a line.
  expect(readFileSync(written, 'utf8')).toContain('"name": "sketch"');

  const boardId = await emptyBoard(page, 'Places from GDAL');
  const dialog = await openGeoJsonImport(page);
  await chooseFile(dialog, written);
  await toCheck(dialog);
  await expect(dialog.getByRole('status')).toHaveText(
    '3 places of 3 place features can be imported (2 points, 1 area).',
  );
  await dialog.getByRole('button', { name: 'Import 3 places' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await placesOf(page, boardId)).length).toBe(3);
  const places = (await placesOf(page, boardId)).sort((a, b) => a.name.localeCompare(b.name));
  expect(places.map((p) => [p.name, p.kind, p.geometry?.type])).toEqual([
    ['Harrowfield Rec', 'park', 'Point'],
    ['Mill Court flats', 'estate', 'Polygon'],
    ['Moor Lane shops', 'high-street', 'Point'],
  ]);
  expect(numbersOf(places[1]!.geometry)).toEqual(square.flat());
});

test('hostile GeoJSON files are refused or listed by feature with what is wrong, and nothing stored changes', async ({
  page,
}) => {
  await emptyBoard(page, 'Hostile map files');
  const before = await rawDatabaseDump(page);
  const dialog = await openGeoJsonImport(page);

  const refused: [string, RegExp][] = [
    [
      'geojson-proto.geojson',
      /^geojson-proto\.geojson: feature 2, “properties”: a property is named “__proto__”, which is not allowed\. Nothing was imported\.$/,
    ],
    [
      'geojson-not-geojson.geojson',
      /^geojson-not-geojson\.geojson: the top of the file: this is JSON, but not GeoJSON/,
    ],
    [
      'geojson-truncated.geojson',
      /^geojson-truncated\.geojson: line 3: the JSON stops before it is complete: the file may be cut short\. Nothing was imported\.$/,
    ],
  ];
  for (const [file, message] of refused) {
    await chooseFile(dialog, join(HOSTILE, file));
    await expect(dialog.getByRole('alert')).toHaveText(message);
  }
  expect(await rawDatabaseDump(page)).toBe(before);

  const listed: [string, string[]][] = [
    [
      'geojson-out-of-range.geojson',
      [
        'Feature 2: its geometry: Longitude 200 is outside -180 to 180',
        'Feature 3: its geometry: Latitude 95 is outside -90 to 90',
      ],
    ],
    [
      'geojson-self-crossing.geojson',
      [
        'Feature 1: its geometry: The outline of the area crosses itself; draw it again without crossing',
      ],
    ],
    [
      'geojson-unknown-geometry.geojson',
      [
        'Feature 2: a place is a point or an area; “LineString” is not',
        'Feature 3: a place is a point or an area; “Circle” is not',
      ],
    ],
  ];
  for (const [file, problems] of listed) {
    await dialog.getByRole('button', { name: 'Close without importing' }).click();
    await expect(dialog).toBeHidden();
    await openGeoJsonImport(page);
    await chooseFile(dialog, join(HOSTILE, file));
    await toCheck(dialog);
    const region = dialog.getByRole('region', { name: `Problems in ${file}` });
    await expect(region.getByRole('heading')).toContainText(`of “${file}”`);
    await expect(region.getByRole('listitem')).toHaveText(problems);
    if (file === 'geojson-self-crossing.geojson')
      await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
    expect(await rawDatabaseDump(page)).toBe(before);
  }
});
