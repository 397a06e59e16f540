import { expect, test, type Page } from '@playwright/test';
import { addTrainingBoard, isoDay, openBoard, start, TRAINING_TITLE, ukDate } from './pages/app';
import {
  details,
  personIdByName,
  personPanel,
  selectInList,
  waitForDrawn,
  waitForTestApi,
} from './pages/board';

/**
 * Contexts and their weighting on the training board: the ranking in words, the "change first"
 * badge on the node and on a group's outline, and the board's own indicator list in use.
 */

/** The letter in the badge drawn on a person's node (read from its image), or null for none. */
async function badgeOn(page: Page, personId: string): Promise<string | null> {
  const image = await page.evaluate(
    (id) => window.__pp?.nodeStyle(id, 'background-image') ?? null,
    personId,
  );
  if (!image || image === 'none') return null;
  return /<text[^>]*>([^<]*)<\/text>/.exec(decodeURIComponent(image))?.[1] ?? null;
}

test('weights set from the keyboard show as words and a badge; the indicator list is the board’s own', async ({
  page,
}) => {
  await start(page);
  await addTrainingBoard(page);
  const boardId = await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);

  // The board's indicator list: add a kind, then find a used one cannot be removed.
  await details(page)
    .getByRole('button', { name: /^Indicator list/ })
    .click();
  const list = page.getByRole('dialog', { name: 'Indicator list' });
  await list.getByLabel('New kind of indicator').fill('Seen with older adults');
  await list.getByRole('button', { name: 'Add kind of indicator' }).click();
  await expect(list.getByLabel('Name of indicator: Seen with older adults')).toBeVisible();
  await expect(
    list.getByRole('checkbox', {
      name: 'Seen with older adults counts towards exploitation concern',
    }),
  ).toBeChecked();
  await list.getByRole('button', { name: 'Remove indicator kind: Missing episode' }).click();
  await expect(list.getByRole('alert')).toContainText(
    '“Missing episode” is used by 3 recorded indicators',
  );
  await list.getByRole('button', { name: 'Close' }).click();
  await expect(list).toBeHidden();

  // Priya has no weighting: no badge. Online weighted 5 from the keyboard makes it "O".
  const priyaId = await personIdByName(page, boardId, 'Priya Sharma');
  expect(await badgeOn(page, priyaId)).toBeNull();
  await selectInList(page, ['Priya Sharma']);
  const panel = personPanel(page, 'Priya Sharma');
  const ranking = panel.getByRole('group', { name: 'Contexts' }).getByRole('status');
  await expect(ranking).toContainText('No context weighted yet');
  await panel.getByRole('combobox', { name: 'Online: weight' }).focus();
  await page.keyboard.press('5');
  await expect(ranking).toHaveText('OChange first: Online');
  await expect.poll(() => badgeOn(page, priyaId)).toBe('O');
  await panel.getByRole('combobox', { name: 'Peer group: weight' }).focus();
  await page.keyboard.press('5');
  await expect(ranking).toHaveText('=Change first: Peer group and Online (equal)');
  await expect.poll(() => badgeOn(page, priyaId)).toBe('=');

  // The new kind is offered when recording an indicator.
  const indicators = panel.getByRole('group', { name: 'Indicators' });
  await indicators
    .getByLabel('Indicator', { exact: true })
    .selectOption({ label: 'Seen with older adults' });
  const when = isoDay(-2);
  await indicators.getByLabel('Date recorded').fill(when);
  await indicators.getByRole('button', { name: 'Add indicator' }).click();
  await expect(indicators.getByRole('listitem').locator('span')).toHaveText([
    `Seen with older adults, ${ukDate(when)}`,
  ]);

  // A group: its own contexts, ranking and badge after its name on the outline.
  await page
    .getByRole('navigation', { name: 'Groups on this board' })
    .getByRole('button', { name: /Year 10 friendship group/ })
    .click();
  const group = details(page).getByRole('region', { name: 'Group Year 10 friendship group' });
  await expect(
    group.getByRole('group', { name: 'Strengths and protective factors' }),
  ).toBeVisible();
  const groupRanking = group.getByRole('group', { name: 'Contexts' }).getByRole('status');
  await expect(groupRanking).toHaveText('SChange first: School / education, then Online');
  const outlineLabel = page
    .locator('svg.group-outlines text')
    .filter({ hasText: 'Year 10 friendship group' });
  await expect(outlineLabel).toHaveText('Year 10 friendship group[S]');
  await group.getByRole('combobox', { name: 'Home / family: weight' }).focus();
  await page.keyboard.press('5');
  await expect(groupRanking).toHaveText(
    'HChange first: Home / family, then School / education, then Online',
  );
  await expect(outlineLabel).toHaveText('Year 10 friendship group[H]');
});
