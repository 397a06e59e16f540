import { expect, test, type Locator, type Page } from '@playwright/test';
import { addTrainingBoard, messages, openBoard, start, TRAINING_TITLE } from './pages/app';
import { personOption, personPanel, waitForDrawn, waitForTestApi } from './pages/board';

/**
 * Contextual checks on the training board, as a chair would use them: the count in the header,
 * the panel with each prompt's reason and links to its records, "considered: not applicable" with a
 * required reason (kept after a reload), and prompts following edits to the board live.
 */

const checksButton = (page: Page) =>
  page.locator('header.app-header').getByRole('button', { name: /^Checks, \d+ open$/ });
const openCount = async (page: Page) =>
  Number(
    /Checks, (\d+) open/.exec((await checksButton(page).getAttribute('aria-label')) ?? '')?.[1],
  );
const checksPanel = (page: Page) => page.getByRole('region', { name: 'Contextual checks' });
const openChecks = (panel: Locator) => panel.getByRole('list', { name: 'Open checks' });
const finding = (list: Locator, title: string) =>
  list.getByRole('listitem', { name: title, exact: true });

const PARADE = 'No partner action for Brookside Parade';
const SAME_SCHOOL = 'Same school: Ethan Walsh and Dylan Evans';

test('checks: reasons, record links, considered with a reason, and live updates', async ({
  page,
}) => {
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);

  await checksButton(page).click();
  const panel = checksPanel(page);
  await expect(panel).toBeVisible();
  const before = await openCount(page);
  expect(before).toBeGreaterThan(3);

  // Each prompt says why, in plain words with names and dates.
  const amira = finding(openChecks(panel), 'Cumulative concern: Amira Hussain');
  await expect(amira).toContainText('4 indicators linked to exploitation');
  await expect(amira).toContainText(/Missing episode \(\d+ \w+ \d{4}\), Physical injury/);
  const parenting = finding(openChecks(panel), 'Parenting support not twinned: Mason Brennan');
  await expect(parenting).toContainText('peer group context');

  // A record link selects the record: its panel opens beside the board, the checks stay open.
  await parenting.getByRole('button', { name: 'Show person Mason Brennan' }).click();
  await expect(personPanel(page, 'Mason Brennan')).toBeVisible();
  await expect(panel).toBeVisible();

  // "Considered: not applicable" needs a reason; an empty one is refused with a message.
  const parade = finding(openChecks(panel), PARADE);
  await expect(parade).toContainText('Community safety and Safer neighbourhood team');
  await parade.getByRole('button', { name: 'Considered: not applicable…' }).click();
  await parade.getByRole('button', { name: 'Save reason' }).click();
  await expect(parade.getByRole('alert')).toHaveText('Give a reason why this check does not apply');
  await expect(checksButton(page)).toHaveAccessibleName(`Checks, ${before} open`);
  await parade.getByLabel('Why does this not apply?').fill('Covered by the licensing review');
  await parade.getByRole('button', { name: 'Save reason' }).click();
  await expect(checksButton(page)).toHaveAccessibleName(`Checks, ${before - 1} open`);
  await expect(finding(openChecks(panel), PARADE)).toHaveCount(0);

  // It is kept on the board: after a reload it is still listed apart, with its reason.
  await page.reload();
  await waitForTestApi(page);
  await waitForDrawn(page, 16);
  await expect(checksButton(page)).toHaveAccessibleName(`Checks, ${before - 1} open`);
  await checksButton(page).click();
  await panel.getByText(/^Considered: not applicable \(1\)$/).click();
  const kept = finding(panel.getByRole('list', { name: 'Considered checks' }), PARADE);
  await expect(kept).toContainText('Not applicable: Covered by the licensing review');
  await expect(kept).toContainText('Chair Person');

  // Live: moving Dylan to another school clears the same-school prompt; moving him back raises it.
  await expect(finding(openChecks(panel), SAME_SCHOOL)).toBeVisible();
  await personOption(page, 'Dylan Evans').click();
  const school = personPanel(page, 'Dylan Evans').getByLabel('School', { exact: true });
  await school.fill('Kestrel Vale School');
  await school.press('Tab');
  await expect(finding(openChecks(panel), SAME_SCHOOL)).toHaveCount(0);
  await expect(checksButton(page)).toHaveAccessibleName(`Checks, ${before - 2} open`);
  await school.fill('Harrowfield Academy');
  await school.press('Tab');
  await expect(finding(openChecks(panel), SAME_SCHOOL)).toBeVisible();
  await expect(checksButton(page)).toHaveAccessibleName(`Checks, ${before - 1} open`);
});

// (The training board's Brookside Parade group already has an open action: its prompt is met.)
const COORDINATE = 'Coordinate work with Year 10 friendship group';

/** Whether what is drawn at the middle of `target` is `target` itself (or inside it): nothing covers it. */
async function onTop(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });
}

function overlaps(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('over the map: the checks panel sits beside the views, a followed link shows its record beside it', async ({
  page,
}) => {
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  await expect(page.locator('.leaflet-container')).toBeVisible();

  await checksButton(page).click();
  const panel = checksPanel(page);
  await expect(panel).toBeVisible();
  const parade = finding(openChecks(panel), PARADE);
  await parade.getByRole('button', { name: 'Show place Brookside Parade' }).click();
  await expect(page.getByRole('region', { name: 'Place Brookside Parade' })).toBeVisible();
  await page.screenshot({ path: 'test-results/checks-over-map.png' });

  // Beside the network and the map, not over them: what it points at is never under it.
  const views = await page.locator('.board-views').boundingBox();
  const box = await panel.boundingBox();
  expect(views && box && !overlaps(views, box)).toBe(true);
  // The selected place is drawn on the map, in the map's own box.
  const marker = page.locator(
    '.leaflet-marker-icon.is-selected, .leaflet-marker-icon .is-selected',
  );
  if ((await marker.count()) > 0) {
    const m = await marker.first().boundingBox();
    const map = await page.locator('.leaflet-container').boundingBox();
    expect(m && map && overlaps(m, map)).toBe(true);
  }
  // Its prompts and buttons are on top of everything, the map's panes included.
  await expect.poll(() => onTop(parade.getByRole('heading', { name: PARADE }))).toBe(true);

  // A menu dropped from the toolbar and a message with its Undo are above the map too.
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page
    .getByRole('toolbar', { name: 'Map tools' })
    .getByRole('button', { name: 'Places', exact: true })
    .click();
  const placesMenu = page.getByRole('menu', { name: /Places/ });
  await expect(placesMenu).toBeVisible();
  await expect.poll(() => onTop(placesMenu.getByRole('menuitem').first())).toBe(true);
  await page.keyboard.press('Escape');
  await page
    .getByRole('toolbar', { name: 'Network tools' })
    .getByRole('button', { name: 'Layout' })
    .click();
  const layoutMenu = page.getByRole('menu', { name: 'Lay out the network' });
  await expect(layoutMenu).toBeVisible();
  await expect.poll(() => onTop(layoutMenu.getByRole('menuitem').first())).toBe(true);
  await page.screenshot({ path: 'test-results/checks-menu-over-map.png' });
  await page.keyboard.press('Escape');
});

test('a check creates the action that answers it; an open action on the group meets "coordinate work"', async ({
  page,
}) => {
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.locator('.leaflet-container')).toBeVisible();

  await checksButton(page).click();
  const panel = checksPanel(page);
  const before = await openCount(page);
  const coordinate = finding(openChecks(panel), COORDINATE);
  await expect(coordinate).toContainText('an open action on the group meets this prompt');
  await coordinate.getByRole('button', { name: 'Add action' }).click();

  // The capture is aimed at the group (selected, its panel open) with a suggested wording.
  const capture = page.getByRole('form', { name: 'Quick action for Year 10 friendship group' });
  await expect(capture).toBeVisible();
  await expect(page.getByRole('region', { name: 'Group Year 10 friendship group' })).toBeVisible();
  const what = capture.getByLabel('Action', { exact: true });
  await expect(what).toBeFocused();
  await expect(what).toHaveValue('Coordinate the work with this group across agencies');
  await capture.getByLabel('Owning agency').fill('Youth offending service');
  await what.press('Enter');
  await expect(capture).toBeHidden();

  // Met: the prompt goes, the count drops; the message (with its Undo) is above the map.
  await expect(finding(openChecks(panel), COORDINATE)).toHaveCount(0);
  await expect(checksButton(page)).toHaveAccessibleName(`Checks, ${before - 1} open`);
  const message = messages(page).getByRole('listitem').filter({
    hasText: 'Action added for Year 10 friendship group.',
  });
  await expect(message).toBeVisible();
  const undo = message.getByRole('button', { name: 'Undo' });
  await expect.poll(() => onTop(undo)).toBe(true);
  await page.screenshot({ path: 'test-results/checks-action-message-over-map.png' });

  // Undone, the action is gone and the prompt is back.
  await undo.click();
  await expect(finding(openChecks(panel), COORDINATE)).toBeVisible();
  await expect(checksButton(page)).toHaveAccessibleName(`Checks, ${before} open`);
});
