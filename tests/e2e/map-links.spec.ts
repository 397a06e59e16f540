import { expect, test, type Page } from '@playwright/test';
import { addTrainingBoard, headerButton, openBoard, start, TRAINING_TITLE } from './pages/app';
import {
  details,
  drag,
  personIdByName,
  positionOf,
  storedRecords,
  waitForTestApi,
} from './pages/board';
import { steadyBox } from './pages/settle';

/**
 * People and groups linked to places, and the two views lighting each other up: dragging a
 * person from the network onto a place on the map, linking from the panels, "show places" in the
 * network, and linked highlighting both ways. On the training board, at projector size.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

interface StoredPlace {
  id: string;
  boardId: string;
  name: string;
}
interface StoredLink {
  id: string;
  boardId: string;
  placeId: string;
  subjectKind: string;
  subjectId: string;
  kind: string;
  confidence: string;
}

const placesList = (page: Page) => page.getByRole('navigation', { name: 'Places on this board' });
const peopleList = (page: Page) => page.getByRole('listbox', { name: /people/i });
const mapPoint = (page: Page, placeId: string) =>
  page.locator(`.map-canvas .place-badge[data-place-id="${placeId}"]`);

async function openTrainingMap(page: Page): Promise<string> {
  await start(page);
  await addTrainingBoard(page);
  const boardId = await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  await expect(page.getByRole('application', { name: /^Map of / })).toBeVisible();
  return boardId;
}

async function placeId(page: Page, boardId: string, name: string): Promise<string> {
  const found = (await storedRecords<StoredPlace>(page, 'places')).find(
    (p) => p.boardId === boardId && p.name === name,
  );
  if (!found) throw new Error(`no place ${name}`);
  return found.id;
}

async function linksOf(page: Page, boardId: string, subjectId: string): Promise<StoredLink[]> {
  return (await storedRecords<StoredLink>(page, 'placeLinks')).filter(
    (l) => l.boardId === boardId && l.subjectId === subjectId,
  );
}

async function pickPerson(page: Page, name: string): Promise<void> {
  await peopleList(page)
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .click();
}

test('a person dragged from the network onto a place is linked to it, and stays where they were', async ({
  page,
}) => {
  const boardId = await openTrainingMap(page);
  const mason = await personIdByName(page, boardId, 'Mason Brennan');
  const school = await placeId(page, boardId, 'Harrowfield Academy');
  expect(await linksOf(page, boardId, mason)).toHaveLength(0);

  const from = await positionOf(page, mason);
  // The map has just opened beside the network: aim at the school once it stands still.
  const target = await steadyBox(mapPoint(page, school));
  await drag(page, from, { x: target.x + target.width / 2, y: target.y + target.height / 2 }, 30);

  const picker = page.getByRole('listbox', {
    name: /Link Mason Brennan to Harrowfield Academy as/,
  });
  await expect(picker).toBeFocused();
  await page.keyboard.press('3'); // Attends
  await expect(picker).toBeHidden();

  await expect
    .poll(async () => (await linksOf(page, boardId, mason)).map((l) => l.kind))
    .toEqual(['attends']);
  // The school's panel opens with Mason listed, ready for a source and confidence.
  const here = details(page).getByRole('region', { name: 'People and groups here' });
  await expect(here.locator('.member-name', { hasText: 'Mason Brennan' })).toBeVisible();
  // Dropping on the map is not a move: Mason is drawn where he was.
  const after = await positionOf(page, mason);
  expect(Math.abs(after.x - from.x) + Math.abs(after.y - from.y)).toBeLessThan(3);

  await headerButton(page, 'Undo').click();
  await expect.poll(async () => (await linksOf(page, boardId, mason)).length).toBe(0);
});

test('links are made and edited from a person panel and from a place panel', async ({ page }) => {
  const boardId = await openTrainingMap(page);
  const callum = await personIdByName(page, boardId, 'Callum Reid');
  const shop = await placeId(page, boardId, 'Golden Fry takeaway');
  const before = await linksOf(page, boardId, callum);

  await pickPerson(page, 'Callum Reid');
  const places = details(page).getByRole('region', { name: 'Places' });
  await places
    .getByRole('combobox', { name: 'Place to link' })
    .selectOption({ label: 'Golden Fry takeaway' });
  await places.getByRole('combobox', { name: 'Kind of link' }).selectOption('frequents');
  await places.getByRole('button', { name: 'Add link' }).click();
  await expect
    .poll(async () => (await linksOf(page, boardId, callum)).length)
    .toBe(before.length + 1);
  const made = (await linksOf(page, boardId, callum)).find((l) => l.placeId === shop)!;
  expect(made).toMatchObject({ kind: 'frequents', subjectKind: 'person' });

  await places
    .getByRole('combobox', { name: 'Confidence of the link Callum Reid – Golden Fry takeaway' })
    .selectOption('confirmed');
  await expect
    .poll(
      async () => (await linksOf(page, boardId, callum)).find((l) => l.id === made.id)?.confidence,
    )
    .toBe('confirmed');

  // The same link from the other end: the takeaway's panel lists Callum, and can remove him.
  await placesList(page)
    .getByRole('button', { name: /^Golden Fry takeaway ·/ })
    .click();
  const here = details(page).getByRole('region', { name: 'People and groups here' });
  await expect(here.locator('.member-name', { hasText: 'Callum Reid' })).toBeVisible();
  await here
    .getByRole('button', { name: 'Remove the link Callum Reid – Golden Fry takeaway' })
    .click();
  await expect.poll(async () => (await linksOf(page, boardId, callum)).length).toBe(before.length);
});

test('selecting a person lights up their places on the map; a place lights up its people', async ({
  page,
}) => {
  const boardId = await openTrainingMap(page);
  const amira = await personIdByName(page, boardId, 'Amira Hussain');
  const amiraPlaces = new Set((await linksOf(page, boardId, amira)).map((l) => l.placeId));
  expect(amiraPlaces.size).toBeGreaterThan(0);
  const drawnPlaces = await page
    .locator('.map-canvas [data-place-id]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-place-id')!))]);

  await pickPerson(page, 'Amira Hussain');
  for (const id of drawnPlaces) {
    const point = page.locator(
      `.map-canvas .place-point:has([data-place-id="${id}"]), .map-canvas path[data-place-id="${id}"]`,
    );
    if (amiraPlaces.has(id)) await expect(point.first()).toHaveClass(/is-linked/);
    else await expect(point.first()).toHaveClass(/is-dimmed/);
  }

  // The other way: Kestrel Park picked on the map lights up who is linked to it in the network.
  const park = await placeId(page, boardId, 'Kestrel Park');
  const parkPeople = (await storedRecords<StoredLink>(page, 'placeLinks')).filter(
    (l) => l.boardId === boardId && l.placeId === park && l.subjectKind === 'person',
  );
  await placesList(page)
    .getByRole('button', { name: /^Kestrel Park ·/ })
    .click();
  for (const l of parkPeople)
    await expect
      .poll(() =>
        page.evaluate((id) => window.__pp?.nodeStyle(id, 'underlay-opacity'), l.subjectId),
      )
      .toBe('0.45');
  await expect
    .poll(() => page.evaluate((id) => window.__pp?.nodeStyle(id, 'underlay-opacity'), amira))
    .not.toBe('0.45');
});

test('"Show places" puts places in the network as their own kind of node, linked to their people', async ({
  page,
}) => {
  const boardId = await openTrainingMap(page);
  const park = await placeId(page, boardId, 'Kestrel Park');
  const chat = await placeId(page, boardId, 'Year 10 group chat');
  expect(await page.evaluate((id) => window.__pp?.isDrawnVisible(id), park)).toBe(false);

  const toggle = page.getByRole('button', { name: 'Show places', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => page.evaluate((id) => window.__pp?.isDrawnVisible(id), park)).toBe(true);
  // Online spaces have no place on the map, but they are contexts: the network shows them.
  await expect.poll(() => page.evaluate((id) => window.__pp?.isDrawnVisible(id), chat)).toBe(true);
  expect(await page.evaluate((id) => window.__pp?.nodeLabel(id), park)).toContain('Kestrel Park');
  expect(await page.evaluate((id) => window.__pp?.nodeStyle(id, 'shape'), park)).toBe(
    'cut-rectangle',
  );

  await toggle.click();
  await expect.poll(() => page.evaluate((id) => window.__pp?.isDrawnVisible(id), park)).toBe(false);
});
