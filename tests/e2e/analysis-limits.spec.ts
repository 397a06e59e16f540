import { expect, test, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  createBoard,
  headerTool,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  linkByKeyboard,
  newPersonBox,
  waitForDrawn,
  waitForTestApi,
} from './pages/board';

async function openAnalysis(page: Page) {
  await (await headerTool(page, 'Analysis')).click();
  const more = page.getByRole('button', { name: 'More board tools' });
  if ((await more.getAttribute('aria-expanded')) === 'true') {
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  }
  return page.getByRole('region', { name: 'Network analysis' });
}

test.describe('analysis on hard boards', () => {
  test('the chair stops the analysis while it works, the board still answers, and starts it again', async ({
    page,
  }) => {
    await start(page);
    await addTrainingBoard(page);
    await openBoard(page, TRAINING_TITLE);
    await waitForDrawn(page, 16);
    await waitForTestApi(page);
    await page.evaluate(() => window.__pp!.holdAnalysis());

    const panel = await openAnalysis(page);
    const working = panel
      .getByRole('status')
      .filter({ hasText: 'Working out who bridges groups on 16 people…' });
    await expect(working).toBeVisible();
    await page.screenshot({ path: 'test-results/analysis-working.png' });
    await working.getByRole('button', { name: 'Stop' }).click();
    const stopped = panel
      .getByRole('status')
      .filter({ hasText: 'Stopped: the measures were not worked out.' });
    await expect(stopped).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Who bridges groups' })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/analysis-stopped.png' });

    // The page is not frozen: a new person's name box opens and takes typing.
    await canvas(page).focus();
    await page.keyboard.press('n');
    await expect(newPersonBox(page)).toBeFocused();
    await page.keyboard.type('Still typing');
    await expect(newPersonBox(page)).toHaveValue('Still typing');
    await page.keyboard.press('Escape');
    await expect(newPersonBox(page)).toBeHidden();

    await page.evaluate(() => window.__pp!.releaseAnalysis());
    await stopped.getByRole('button', { name: 'Work them out again' }).click();
    await expect(panel.getByRole('region', { name: 'Who bridges groups' })).toBeVisible();
    await expect(
      panel.getByRole('region', { name: 'Most connected' }).getByRole('listitem').first(),
    ).toBeVisible();
  });

  test('on a board of 3,200 people the panel says what it is doing, and that bridges are approximate', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await start(page);
    await waitForTestApi(page);
    const boardId = await page.evaluate(() => window.__pp!.seedBoard(21, 3200, 6400));
    await page.goto(`/?e2e#/board/${encodeURIComponent(boardId)}`);
    await waitForDrawn(page, 3200, undefined, { timeout: 90_000 });
    await waitForTestApi(page);
    await page.evaluate(() => window.__pp!.holdAnalysis());

    const panel = await openAnalysis(page);
    const working = panel
      .getByRole('status')
      .filter({ hasText: 'Working out who bridges groups on 3,200 people…' });
    await expect(working).toBeVisible({ timeout: 30_000 });
    await expect(working.getByRole('button', { name: 'Stop' })).toBeVisible();
    // The measures of 3,200 people take a while on a loaded machine: release them once held.
    await expect
      .poll(() => page.evaluate(() => window.__pp!.analysisHeld()), { timeout: 120_000 })
      .toBe(true);
    expect(await page.evaluate(() => window.__pp!.releaseAnalysis())).toBe(true);

    const bridges = panel.getByRole('region', { name: 'Who bridges groups' });
    await expect(bridges).toContainText(
      'Estimated from a sample of people, as this board is large: the order is approximate.',
      { timeout: 60_000 },
    );
    await expect(bridges.getByRole('listitem')).toHaveCount(5);
    await bridges.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/analysis-large.png' });
  });

  test('one person, people with no links, a board in separate parts, and a what-if on someone in no group', async ({
    page,
  }) => {
    await start(page);
    const boardId = await createBoard(page, { title: 'Analysis edge cases (fictional)' });
    await canvas(page).focus();
    await addPersonByKeyboard(page, boardId, 'Ava Quinn');
    const panel = await openAnalysis(page);
    await expect(panel.getByRole('status')).toHaveText(
      'Only one person is on this board: the measures need associations between people, so there is nothing to measure yet.',
    );

    // Two pairs with no link between them, and Ava linked to nobody.
    for (const name of ['Ben Carter', 'Cara Doyle', 'Dan Ellis', 'Eve Fox']) {
      await canvas(page).focus();
      await addPersonByKeyboard(page, boardId, name);
    }
    await linkByKeyboard(page, 'Ben Carter', 'Cara Doyle');
    await linkByKeyboard(page, 'Dan Ellis', 'Eve Fox');

    const shape = panel.getByRole('note', { name: 'How this board hangs together' });
    await expect(shape).toContainText(
      'The linked people fall into 2 separate parts, with no recorded association between them',
    );
    await expect(shape).toContainText(
      '1 person has no recorded association with anyone on this board, so is in none of the rankings.',
    );
    await expect(panel.getByRole('region', { name: 'Who bridges groups' })).toContainText(
      'Nobody lies between two others',
    );
    await expect(panel.getByRole('region', { name: 'Most connected' })).toContainText('1 link');
    await expect(panel.getByRole('region', { name: 'Tightly linked core' })).toContainText(
      'No part of this board is linked tightly enough to form a core',
    );

    const whatIf = panel.getByRole('region', { name: 'What if (before a move)' });
    await whatIf.getByLabel('A person moves away').selectOption({ label: 'Ava Quinn' });
    const result = whatIf.getByRole('group', { name: 'What if Ava Quinn moved away' });
    await expect(result).toContainText('They are in no recorded group, so no group would split.');
    await expect(result).toContainText('None recorded.');
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/analysis-edge-cases.png' });
  });
});
