import { expect, test, type Locator, type Page } from '@playwright/test';
import { addTrainingBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
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
