import { expect, test, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  headerButton,
  isoDay,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import { details, storedRecords } from './pages/board';
import { mapTool } from './pages/mapTools';

/**
 * Incidents on the map of the training board (6 incidents, 5 of them on the map: the sixth is in
 * an online space), with the real mouse and keyboard in Chromium: record one at a place and one at
 * a point, see them counted in clusters, switch to heat, narrow with the time slider and the
 * kinds of harm, read and clear the "hidden by filters" line, and undo.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

interface StoredIncident {
  id: string;
  boardId: string;
  occurredAt: string;
  harmKinds: string[];
  placeId: string | null;
  point: [number, number] | null;
}

const mapBox = (page: Page) => page.locator('.map-canvas');
const newIncident = (page: Page) => details(page).getByRole('region', { name: 'New incident' });
const incidentPanel = (page: Page) => details(page).getByRole('region', { name: 'Incident' });
const hiddenLine = (page: Page) => page.locator('.incidents-hidden .hidden-indicator');

/** The middle of a place on screen: its label sits there (areas) or just right of it (points). */
async function placeLabelBox(page: Page, name: string) {
  const label = mapBox(page).locator('.place-label', { hasText: name });
  const box = await label.boundingBox();
  if (!box) throw new Error(`${name} is not labelled on the map`);
  return box;
}

/**
 * What the cluster badge beside a place says ("2 incidents"), or null when there is none within
 * 60 pixels of the place's middle. Incidents at a place are drawn at its middle.
 */
async function clusterAt(page: Page, place: string): Promise<string | null> {
  const at = await placeLabelBox(page, place);
  const middle = { x: at.x + at.width / 2, y: at.y + at.height / 2 };
  for (const badge of await mapBox(page).locator('.incident-cluster').all()) {
    const b = await badge.boundingBox();
    if (!b) continue;
    const d = Math.hypot(b.x + b.width / 2 - middle.x, b.y + b.height / 2 - middle.y);
    if (d < 60) return (await badge.textContent())?.trim() ?? null;
  }
  return null;
}

async function expectDrawn(page: Page, display: 'clusters' | 'heat', shown: number) {
  await expect(mapBox(page)).toHaveAttribute('data-incidents-display', display);
  await expect(mapBox(page)).toHaveAttribute('data-incidents-shown', String(shown));
}

async function incidentsOf(page: Page, boardId: string): Promise<StoredIncident[]> {
  return (await storedRecords<StoredIncident>(page, 'incidents')).filter(
    (i) => i.boardId === boardId,
  );
}

let boardId: string;

test.beforeEach(async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
  boardId = await openBoard(page, TRAINING_TITLE);
  await page
    .getByRole('group', { name: 'Views' })
    .getByRole('button', { name: 'Map', exact: true })
    .click();
  await expectDrawn(page, 'clusters', 5);
});

test('records incidents at a place and at a point, clusters and heat, filters, undo', async ({
  page,
}) => {
  const before = await incidentsOf(page, boardId);
  expect(before).toHaveLength(6);
  expect(await clusterAt(page, 'Kestrel Park')).toBeNull();

  // At a place: "Add incident", then a click inside Kestrel Park (below its label).
  await (await mapTool(page, 'Add incident')).click();
  await expect(page.getByText('Click a place for the new incident')).toBeVisible();
  const park = await placeLabelBox(page, 'Kestrel Park');
  await page.mouse.click(park.x + park.width / 2, park.y + park.height / 2 + 30);
  const form = newIncident(page);
  await expect(form.getByText('At Kestrel Park')).toBeVisible();
  const yesterday = `${isoDay(-1)}T16:45`;
  await form.getByLabel('Date and time').fill(yesterday);
  await form.getByRole('button', { name: 'Save incident' }).click();
  await expect(form.getByRole('alert')).toHaveText('Pick at least one kind of harm');
  await form.getByRole('checkbox', { name: 'Bullying' }).check();
  await form.getByRole('button', { name: 'Save incident' }).click();
  await expect(incidentPanel(page).getByRole('heading', { level: 2 })).toContainText('16:45');
  await expectDrawn(page, 'clusters', 6);
  // The park's two incidents are one cluster now, its count in words.
  await expect.poll(() => clusterAt(page, 'Kestrel Park')).toBe('2 incidents');
  const atPark = (await incidentsOf(page, boardId)).filter(
    (i) => !before.some((b) => b.id === i.id),
  );
  expect(atPark).toMatchObject([{ occurredAt: yesterday, harmKinds: ['bullying'], point: null }]);
  const places = await storedRecords<{ id: string; boardId: string; name: string }>(page, 'places');
  const parkId = places.find((p) => p.boardId === boardId && p.name === 'Kestrel Park')?.id;
  expect(atPark[0]!.placeId).toBe(parkId);

  // At a point: an empty spot near the bottom left of the map.
  await (await mapTool(page, 'Add incident')).click();
  const map = await mapBox(page).boundingBox();
  if (!map) throw new Error('no map');
  await page.mouse.click(map.x + 120, map.y + map.height - 90);
  await expect(newIncident(page).getByText('At the point chosen on the map')).toBeVisible();
  await newIncident(page)
    .getByLabel('Date and time')
    .fill(`${isoDay(-2)}T09:10`);
  await newIncident(page).getByRole('checkbox', { name: 'Criminal exploitation' }).check();
  await newIncident(page).getByRole('button', { name: 'Save incident' }).click();
  await expect(incidentPanel(page)).toBeVisible();
  await expectDrawn(page, 'clusters', 7);
  const atPoint = (await incidentsOf(page, boardId)).find(
    (i) => i.harmKinds[0] === 'cce' && i.point,
  );
  expect(atPoint?.placeId).toBeNull();

  // A single incident marker selects its incident.
  await page.keyboard.press('Escape');
  await mapBox(page)
    .getByRole('button', { name: /^Incident, .*09:10: Criminal exploitation$/ })
    .click();
  await expect(incidentPanel(page).getByRole('heading', { level: 2 })).toContainText('09:10');

  // Heat instead of clusters, and back.
  const display = await mapTool(page, 'Show incidents as', 'group');
  await display.getByRole('button', { name: 'Heat' }).click();
  await expectDrawn(page, 'heat', 7);
  await expect(mapBox(page).locator('canvas.leaflet-heatmap-layer')).toBeVisible();
  await expect(mapBox(page).locator('.incident-cluster, .incident-marker')).toHaveCount(0);
  await display.getByRole('button', { name: 'Clusters' }).click();
  await expectDrawn(page, 'clusters', 7);
  await expect.poll(() => clusterAt(page, 'Kestrel Park')).toBe('2 incidents');

  // The time slider: "To" at its start leaves only the first day's incident.
  await (await mapTool(page, 'Incident filters')).click();
  const filters = page.getByRole('region', { name: 'Incident filters' });
  const first = [...before].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))[0]!;
  const firstDay = new Date(`${first.occurredAt.slice(0, 10)}T12:00:00Z`).toLocaleDateString(
    'en-GB',
    { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  );
  const to = filters.getByRole('slider', { name: 'To' });
  await to.focus();
  await page.keyboard.press('Home');
  await expect(filters.locator('.time-range')).toHaveText(firstDay);
  await expect(to).toHaveAttribute('aria-valuetext', firstDay);
  await expectDrawn(page, 'clusters', 1);
  await expect(hiddenLine(page)).toContainText('7 incidents hidden by filters');
  await page.keyboard.press('End');
  await expectDrawn(page, 'clusters', 7);
  await expect(hiddenLine(page)).toHaveCount(0);

  // Kinds of harm: no bullying hides the new one at the park; the online one (bullying and online
  // harm) stays, since one of its kinds is still ticked.
  await filters.getByRole('checkbox', { name: 'Bullying' }).uncheck();
  await expectDrawn(page, 'clusters', 6);
  await expect(hiddenLine(page)).toHaveText('1 incident hidden by filtersClear');
  await expect(await mapTool(page, 'Incident filters')).toHaveClass(/filters-on/);
  await hiddenLine(page).getByRole('button', { name: 'Clear' }).click();
  await expect(hiddenLine(page)).toHaveCount(0);
  await expectDrawn(page, 'clusters', 7);
  await expect(filters.getByRole('checkbox', { name: 'Bullying' })).toBeChecked();

  // Undo takes back the incident at the point, then the one at the park.
  await headerButton(page, 'Undo').click();
  await expectDrawn(page, 'clusters', 6);
  await headerButton(page, 'Undo').click();
  await expectDrawn(page, 'clusters', 5);
  await expect.poll(() => clusterAt(page, 'Kestrel Park')).toBeNull();
  expect(await incidentsOf(page, boardId)).toHaveLength(6);
});

test('Escape stops placing an incident; Enter in the map places one at its middle', async ({
  page,
}) => {
  const add = await mapTool(page, 'Add incident');
  await add.click();
  await expect(add).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(add).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Click a place for the new incident')).toHaveCount(0);
  // With "Add incident" off, a click on the map records nothing.
  const map = await mapBox(page).boundingBox();
  if (!map) throw new Error('no map');
  await page.mouse.click(map.x + 120, map.y + map.height - 90);
  await expect(newIncident(page)).toHaveCount(0);

  // From the keyboard: "Add incident", then in the map Enter puts it in the middle of the map.
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(add).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('application', { name: /^Map of / }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  const form = newIncident(page);
  await expect(form.getByText('At the point chosen on the map')).toBeVisible();
  await expect(form.getByLabel('Date and time')).toBeFocused();
  // Tab steps through the parts of the date and time first, so go straight to the kinds of harm.
  const cse = form.getByRole('checkbox', { name: 'Child sexual exploitation' });
  await cse.focus();
  await page.keyboard.press('Space');
  await expect(cse).toBeChecked();
  await form.getByRole('button', { name: 'Save incident' }).press('Enter');
  await expectDrawn(page, 'clusters', 6);
  expect(await incidentsOf(page, boardId)).toHaveLength(7);
});

test('a place lists its incidents and records one there', async ({ page }) => {
  await page
    .getByRole('navigation', { name: 'Places on this board' })
    .getByRole('button', { name: /^Kestrel Park ·/ })
    .click();
  const here = details(page).getByRole('region', { name: 'Incidents here (1)' });
  await expect(here.getByRole('button', { name: /Serious youth violence$/ })).toBeVisible();
  await here.getByRole('button', { name: 'Record an incident here' }).click();
  const form = newIncident(page);
  await expect(form.getByText('At Kestrel Park')).toBeVisible();
  await form.getByLabel('Date and time').fill(`${isoDay(-3)}T19:00`);
  await form.getByRole('checkbox', { name: 'Other' }).check();
  await form.getByRole('button', { name: 'Save incident' }).click();
  await expect(incidentPanel(page).getByLabel('Where')).toHaveValue(/.+/);
  await expect(incidentPanel(page).getByLabel('Where').locator('option:checked')).toHaveText(
    'Kestrel Park',
  );
  await expectDrawn(page, 'clusters', 6);
  // Back to the place: now two, the newest first.
  await page
    .getByRole('navigation', { name: 'Places on this board' })
    .getByRole('button', { name: /^Kestrel Park ·/ })
    .click();
  const list = details(page).getByRole('region', { name: 'Incidents here (2)' });
  await expect(list.getByRole('listitem').first()).toContainText('19:00: Other');
  await list.getByRole('listitem').first().getByRole('button').click();
  await expect(incidentPanel(page).getByRole('heading', { level: 2 })).toContainText('19:00');
});

test('several incidents one after another at the same place, without picking it again', async ({
  page,
}) => {
  const before = await incidentsOf(page, boardId);
  await (await mapTool(page, 'Add incident')).click();
  const park = await placeLabelBox(page, 'Kestrel Park');
  await page.mouse.click(park.x + park.width / 2, park.y + park.height / 2 + 30);
  const form = newIncident(page);
  await expect(form.getByText('At Kestrel Park')).toBeVisible();
  await form.getByLabel('Date and time').fill(`${isoDay(-1)}T18:20`);
  await form.getByRole('checkbox', { name: 'Bullying' }).check();
  await form.getByRole('button', { name: 'Save and add another here' }).click();
  // The form stays at the park for the next one: same time to start from, kinds cleared.
  await expect(form.getByRole('status')).toHaveText('1 incident saved here. Record the next one.');
  await expect(form.getByText('At Kestrel Park')).toBeVisible();
  await expect(form.getByRole('checkbox', { name: 'Bullying' })).not.toBeChecked();
  await expect(form.getByLabel('Date and time')).toHaveValue(`${isoDay(-1)}T18:20`);
  await form.getByRole('checkbox', { name: 'Serious youth violence' }).check();
  await form.getByRole('button', { name: 'Save incident' }).click();
  await expect(incidentPanel(page)).toBeVisible();
  // From the incident just saved: a third at the same place.
  await incidentPanel(page).getByRole('button', { name: 'Add another incident here' }).click();
  await expect(newIncident(page).getByText('At Kestrel Park')).toBeVisible();
  await newIncident(page).getByRole('checkbox', { name: 'Criminal exploitation' }).check();
  await newIncident(page).getByRole('button', { name: 'Save incident' }).press('Enter');
  await expect(incidentPanel(page)).toBeVisible();
  await expectDrawn(page, 'clusters', 8);
  await expect.poll(() => clusterAt(page, 'Kestrel Park')).toBe('4 incidents');

  const added = (await incidentsOf(page, boardId)).filter(
    (i) => !before.some((b) => b.id === i.id),
  );
  const places = await storedRecords<{ id: string; boardId: string; name: string }>(page, 'places');
  const parkId = places.find((p) => p.boardId === boardId && p.name === 'Kestrel Park')?.id;
  expect(added.map((i) => [i.placeId, i.harmKinds]).sort()).toEqual([
    [parkId, ['bullying']],
    [parkId, ['cce']],
    [parkId, ['violence']],
  ]);
});
