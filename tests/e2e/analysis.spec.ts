import { expect, test } from '@playwright/test';
import {
  addTrainingBoard,
  createBoard,
  headerTool,
  start,
  TRAINING_TITLE,
  openBoard,
} from './pages/app';
import { personIdByName, personPanel, selectInList } from './pages/board';

test.describe('network analysis', () => {
  test('the chair sees who is most connected and who bridges, with the caveats, and shows one on the board', async ({
    page,
  }) => {
    await start(page);
    await addTrainingBoard(page);
    await openBoard(page, TRAINING_TITLE);
    await (await headerTool(page, 'Analysis')).click();

    const panel = page.getByRole('region', { name: 'Network analysis' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Based only on the associations recorded here');
    const connected = panel.getByRole('region', { name: 'Most connected' });
    await expect(connected.getByRole('listitem').first()).toBeVisible();
    await expect(connected).toContainText(/\d+ links?/);
    const bridges = panel.getByRole('region', { name: 'Who bridges groups' });
    await expect(bridges).toContainText('A bridge can be a protective link as much as a risk.');
    await expect(bridges).not.toContainText('Estimated from a sample');
    await expect(panel.getByRole('region', { name: 'Reaches most in two steps' })).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Tightly linked core' })).toBeVisible();
    await page.screenshot({ path: 'test-results/analysis-panel.png' });

    // A name on a card selects that person: their details open beside the diagram.
    const first = connected.getByRole('listitem').first().getByRole('button');
    const name = (await first.textContent())!.trim();
    await first.click();
    await expect(personPanel(page, name)).toBeVisible();

    // Escape closes the panel.
    await panel.getByRole('button', { name: 'Close network analysis' }).focus();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });

  test('how are two people connected: the shortest chains, listed with kinds and lit on the diagram', async ({
    page,
  }) => {
    await start(page);
    await addTrainingBoard(page);
    const boardId = await openBoard(page, TRAINING_TITLE);
    await (await headerTool(page, 'Analysis')).click();
    const card = page
      .getByRole('region', { name: 'Network analysis' })
      .getByRole('region', { name: 'How are they connected?' });
    await expect(card).toContainText('Select two people');

    await selectInList(page, ['Tyler Marsh', 'Dylan Evans']);
    const tyler = await personIdByName(page, boardId, 'Tyler Marsh');
    const halo = () => page.evaluate((id) => window.__pp?.nodeStyle(id, 'underlay-opacity'), tyler);
    expect(await halo()).toBe('0');
    await card
      .getByRole('button', { name: 'Show how Tyler Marsh and Dylan Evans are connected' })
      .click();
    await expect(card.getByRole('status')).toContainText(/shortest chains?, \d steps/);
    const first = card.getByRole('listitem').first();
    await expect(first).toContainText(/^Tyler Marsh — .+ — Dylan Evans$/);
    await expect(first).toContainText(/\((reported|confirmed|suspected)\)/);
    await expect.poll(halo).not.toBe('0');
    await page.screenshot({ path: 'test-results/analysis-chains.png' });

    // Another selection takes the chains off the diagram.
    await selectInList(page, ['Tyler Marsh']);
    await expect.poll(halo).toBe('0');
  });

  test('a suggested group is drawn dashed, and becomes a group only when accepted (one undo)', async ({
    page,
  }) => {
    await start(page);
    await addTrainingBoard(page);
    await openBoard(page, TRAINING_TITLE);
    await (await headerTool(page, 'Analysis')).click();
    const card = page
      .getByRole('region', { name: 'Network analysis' })
      .getByRole('region', { name: 'Suggested groups' });
    const first = card.getByRole('listitem').first();
    await expect(first).toBeVisible();
    await page.screenshot({ path: 'test-results/analysis-suggestions.png' });
    await first.getByLabel('Name for suggestion 1').fill('Canal path friends');
    await first.getByRole('button', { name: 'Accept as a group' }).click();
    const groups = page.getByRole('navigation', { name: 'Groups on this board' });
    await expect(groups).toContainText('Canal path friends');
    await expect(groups.getByRole('heading', { name: 'Groups (3)' })).toBeVisible();
    await expect(card).toContainText('Already recorded as groups:');
    await expect(card).toContainText('Canal path friends');
    // One step to undo.
    await (await headerTool(page, 'Undo')).click();
    await expect(groups).not.toContainText('Canal path friends');
    await expect(groups.getByRole('heading', { name: 'Groups (2)' })).toBeVisible();

    // Dismissed: gone from the card for this session.
    const count = await card.getByRole('listitem').count();
    await card.getByRole('listitem').first().getByRole('button', { name: 'Dismiss' }).click();
    await expect(card.getByRole('listitem')).toHaveCount(count - 1);
  });

  test('places ranked by incidents in a period and of a kind, and young people who share a place with no link', async ({
    page,
  }) => {
    await start(page);
    await addTrainingBoard(page);
    await openBoard(page, TRAINING_TITLE);
    await (await headerTool(page, 'Analysis')).click();
    const panel = page.getByRole('region', { name: 'Network analysis' });
    const places = panel.getByRole('region', { name: 'Places ranked' });
    const top = places.getByRole('listitem').first();
    await expect(top).toContainText(/\d+ incidents?, \d+ groups?, \d+ young (person|people)/);
    const topIncidents = Number(/(\d+) incidents?/.exec((await top.textContent())!)![1]);
    expect(topIncidents).toBeGreaterThan(0);

    // A period before anything was recorded: no place has an incident in it.
    await places.getByLabel('Incidents from').fill('1990-01-01');
    await places.getByLabel('to', { exact: true }).fill('1990-12-31');
    await expect(places.getByRole('listitem').first()).toContainText('0 incidents');
    // Dates the wrong way round are said so.
    await places.getByLabel('Incidents from').fill('1991-01-01');
    await expect(places.getByRole('alert')).toContainText('ends before it starts');
    await places.getByLabel('Incidents from').fill('');
    await places.getByLabel('to', { exact: true }).fill('');
    await places.getByLabel('Kind of harm').selectOption({ label: 'Online harm' });
    await expect(places.getByRole('listitem').first()).toContainText('of online harm');

    // A place's name selects it.
    const name = (await places.getByRole('listitem').first().getByRole('button').textContent())!;
    await places.getByRole('listitem').first().getByRole('button').click();
    await expect(page.getByRole('region', { name: `Place ${name.trim()}` })).toBeVisible();

    await expect(
      panel.getByRole('region', { name: 'Share a place, no recorded link' }),
    ).toContainText('A prompt to ask whether they know each other');
    await places.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/analysis-places.png' });
  });

  test('what if a youth worker moved away: who loses their only trusted link, printable on one page', async ({
    page,
  }) => {
    await start(page);
    await addTrainingBoard(page);
    await openBoard(page, TRAINING_TITLE);
    await (await headerTool(page, 'Analysis')).click();
    const card = page
      .getByRole('region', { name: 'Network analysis' })
      .getByRole('region', { name: 'What if (before a move)' });
    await card
      .getByLabel('A person moves away')
      .selectOption({ label: 'Marcus Bell (youth worker)' });
    const result = card.getByRole('group', {
      name: 'What if Marcus Bell (youth worker) moved away',
    });
    await expect(result).toContainText(
      'Young people who would lose their only protective or trusted link',
    );
    await expect(result.getByRole('list').first()).toContainText('Shannon Doyle');
    // Nothing on the board changed.
    await expect(
      page.locator('header.app-header').getByRole('button', { name: 'Undo', exact: true }),
    ).toBeDisabled();

    // A place closing instead.
    await card.getByLabel('A place closes').selectOption({ label: 'Kestrel Park' });
    await expect(card.getByRole('group', { name: 'What if Kestrel Park closed' })).toContainText(
      'Where the same people also go',
    );

    // Printed: the one page alone, with the board's marking; the app is not on it.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await card.getByRole('button', { name: 'Print this what-if' }).click();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.what-if-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(
      'What if Kestrel Park closed',
    );
    await expect(sheet).toContainText('OFFICIAL-SENSITIVE');
    await expect(page.locator('.app')).toBeHidden();
    await page.screenshot({ path: 'test-results/analysis-what-if-print.png' });
    await page.emulateMedia({ media: 'screen' });
    await expect(sheet).toBeHidden();
  });

  test('a board with no associations says there is nothing to measure', async ({ page }) => {
    await start(page);
    await createBoard(page, { title: 'Harrowfield empty board' });
    await (await headerTool(page, 'Analysis')).click();
    await expect(page.getByRole('region', { name: 'Network analysis' })).toContainText(
      'nothing to measure',
    );
  });
});
