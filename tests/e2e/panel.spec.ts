import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  createBoard,
  headerButton,
  isoDay,
  openBoard,
  start,
  TRAINING_TITLE,
  ukDate,
} from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  clickAssociation,
  details,
  linkByKeyboard,
  openDetails,
  personOption,
  personPanel,
  selectInList,
  storedPeople,
  storedRecords,
  waitForDrawn,
  waitForTestApi,
} from './pages/board';

async function boardWith(
  page: Page,
  names: readonly string[],
): Promise<{ boardId: string; ids: string[] }> {
  await start(page);
  const boardId = await createBoard(page, { title: 'Panel board' });
  await waitForTestApi(page);
  await canvas(page).focus();
  const ids: string[] = [];
  for (const name of names) ids.push(await addPersonByKeyboard(page, boardId, name));
  return { boardId, ids };
}

/** The text of the option a select shows. */
function shown(select: Locator): Locator {
  return select.locator('option:checked');
}

async function fieldError(panel: Locator, label: string): Promise<Locator> {
  const field = panel.getByLabel(label, { exact: true });
  // The message comes once the field has checked what was typed: wait for the field to point at it.
  await expect(field, `${label} points at its message`).toHaveAttribute('aria-describedby', /\S/);
  const describedBy = await field.getAttribute('aria-describedby');
  return panel.locator(`[id="${describedBy!.split(' ')[0]}"]`);
}

test('a person’s details are edited in the side panel, checked, and kept after a reload', async ({
  page,
}) => {
  const { boardId, ids } = await boardWith(page, ['Ayo']);
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Ayo' })).toBeVisible();

  await panel.getByLabel('Full name').fill('Ayodele Adeyemi');
  await panel.getByLabel('Full name').press('Tab');

  const age = panel.getByLabel('Age', { exact: true });
  await age.fill('abc');
  await age.press('Tab');
  await expect(await fieldError(panel, 'Age')).toHaveText(
    'Enter a whole number, or leave it empty',
  );
  await expect(age).toHaveAttribute('aria-invalid', 'true');

  await panel.getByLabel('Risk level').selectOption({ label: 'Significant' });
  await expect(personOption(page, 'Ayo')).toContainText('Significant');

  const dob = panel.getByLabel('Date of birth');
  await dob.fill(isoDay(10));
  await expect(await fieldError(panel, 'Date of birth')).toHaveText(
    'The date of birth cannot be in the future',
  );

  await panel.getByLabel('Notes', { exact: true }).fill('Seen at the skate park most evenings.');
  await panel.getByLabel('Notes', { exact: true }).press('Tab');

  // An indicator with a date (a future date is refused first).
  const indicators = panel.getByRole('group', { name: 'Indicators' });
  await indicators
    .getByLabel('Indicator', { exact: true })
    .selectOption({ label: 'Missing episode' });
  await indicators.getByLabel('Date recorded').fill(isoDay(5));
  await indicators.getByRole('button', { name: 'Add indicator' }).click();
  await expect(indicators.getByRole('alert')).toHaveText(
    'An indicator cannot be dated in the future',
  );
  const when = isoDay(-3);
  await indicators.getByLabel('Date recorded').fill(when);
  await indicators.getByLabel('Indicator note').fill('Overnight');
  await indicators.getByRole('button', { name: 'Add indicator' }).click();
  await expect(indicators.getByRole('listitem').locator('span')).toHaveText([
    `Missing episode, ${ukDate(when)} (Overnight)`,
  ]);

  const strengths = panel.getByRole('group', { name: 'Strengths and protective factors' });
  await strengths.getByLabel('New strength').fill('Plays for the youth football team');
  await strengths.getByRole('button', { name: 'Add strength' }).click();
  await expect(
    strengths.getByText('Plays for the youth football team', { exact: true }),
  ).toBeVisible();

  const peer = panel.getByRole('group', { name: 'Peer group', exact: true });
  await peer.getByLabel('Peer group: concern').selectOption({ label: 'Significant' });
  await peer.getByLabel('Peer group: weight').selectOption({ label: '5 (change first)' });

  // Wait until the last edit has been committed, then reload.
  await expect
    .poll(async () => (await storedPeople(page, boardId))[0]?.contexts)
    .toMatchObject({ peer: { concern: 'significant', weight: 5 } });
  await page.reload();
  await personOption(page, 'Ayo').click();
  await expect(panel.getByRole('heading', { level: 2, name: 'Ayo' })).toBeVisible();
  await expect(panel.getByLabel('Full name')).toHaveValue('Ayodele Adeyemi');
  await expect(panel.getByLabel('Age', { exact: true })).toHaveValue('');
  await expect(shown(panel.getByLabel('Risk level'))).toHaveText('Significant');
  await expect(panel.getByLabel('Date of birth')).toHaveValue('');
  await expect(panel.getByLabel('Notes', { exact: true })).toHaveValue(
    'Seen at the skate park most evenings.',
  );
  await expect(indicators.getByRole('listitem').locator('span')).toHaveText([
    `Missing episode, ${ukDate(when)} (Overnight)`,
  ]);
  await expect(
    strengths.getByText('Plays for the youth football team', { exact: true }),
  ).toBeVisible();
  await expect(shown(peer.getByLabel('Peer group: concern'))).toHaveText('Significant');
  await expect(shown(peer.getByLabel('Peer group: weight'))).toHaveText('5 (change first)');
  expect(ids).toHaveLength(1);
});

test('an association’s confidence, direction and review date are edited in its panel', async ({
  page,
}) => {
  const { boardId, ids } = await boardWith(page, ['Ayo', 'Bea']);
  const [ayo, bea] = ids as [string, string];
  await linkByKeyboard(page, 'Ayo', 'Bea', '1');
  await clickAssociation(page, ayo, bea);
  const panel = page.getByRole('region', { name: 'Association between Ayo and Bea' });
  await expect(panel.getByRole('heading', { name: 'Friendship: Ayo and Bea' })).toBeVisible();

  await panel.getByLabel('Confidence').selectOption({ label: 'Suspected' });
  await expect(shown(panel.getByLabel('Confidence'))).toHaveText('Suspected');

  const review = panel.getByLabel('Review by');
  await review.fill(isoDay(-2));
  await expect(await fieldError(panel, 'Review by')).toHaveText(
    'The review date has already passed; pick today or a later date',
  );

  await panel.getByLabel('Direction').selectOption({ label: 'Bea → Ayo' });
  const turned = page.getByRole('region', { name: 'Association between Bea and Ayo' });
  await expect(turned.getByRole('heading', { name: 'Friendship: Bea and Ayo' })).toBeVisible();
  await expect(shown(turned.getByLabel('Direction'))).toHaveText('Bea → Ayo');

  await expect
    .poll(async () =>
      (await storedRecords<{ boardId: string; directed: boolean }>(page, 'associations')).filter(
        (a) => a.boardId === boardId,
      ),
    )
    .toMatchObject([{ directed: true, confidence: 'suspected', reviewDate: null }]);
  await page.reload();
  await waitForTestApi(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Panel board' })).toBeVisible();
  await clickAssociation(page, ayo, bea);
  await expect(turned.getByRole('heading', { name: 'Friendship: Bea and Ayo' })).toBeVisible();
  await expect(shown(turned.getByLabel('Confidence'))).toHaveText('Suspected');
  await expect(shown(turned.getByLabel('Direction'))).toHaveText('Bea → Ayo');
  await expect(turned.getByLabel('Review by')).toHaveValue('');
});

test('typing a new name in “Name shown” is undone in one step with Ctrl+Z', async ({ page }) => {
  await boardWith(page, ['Ayo']);
  const panel = details(page);
  const name = panel.getByLabel('Name shown');
  await name.click();
  await name.press('Control+a');
  // Type in bursts with short pauses, as people do: each pause saves, all into one undo step.
  for (const [typed, soFar] of [
    ['Bo', 'Bo'],
    ['la', 'Bola'],
    ['ji', 'Bolaji'],
  ] as const) {
    await name.pressSequentially(typed);
    await expect(personOption(page, soFar)).toBeVisible();
  }
  await name.press('Escape');
  await canvas(page).focus();
  await expect(name).not.toBeFocused();

  await page.keyboard.press('Control+z');
  await expect(personOption(page, 'Ayo')).toBeVisible();
  await expect(personOption(page, 'Bolaji')).toHaveCount(0);
  await expect(panel.getByLabel('Name shown')).toHaveValue('Ayo');
  // The next step back is adding Ayo: the typing was one step, not one per pause.
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', 'Undo “Add Ayo” (Ctrl+Z)');

  await page.keyboard.press('Control+Shift+z');
  await expect(personOption(page, 'Bolaji')).toBeVisible();
});

test('the person panel opens with a summary, lists the associations and folds its long sections', async ({
  page,
}) => {
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);
  await selectInList(page, ['Kyle Brennan']);
  const panel = personPanel(page, 'Kyle Brennan');

  // The summary, first: what a chair reads at a glance.
  const summary = panel.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('RiskSignificant');
  await expect(summary).toContainText('Harm roleHarmed and harming');
  await expect(summary).toContainText('GroupsBrookside Parade group (leader)');
  await expect(summary).toContainText('Links4 associations');
  await expect(summary).toContainText('ActionsNo open actions');

  // The associations, with whom, kind, direction and confidence; one press selects one.
  const links = panel.getByRole('region', { name: 'Associations' });
  await expect(links.getByRole('listitem')).toHaveText([
    'Sibling / family with Mason Brennan Confirmed',
    'Friendship with Tyler Marsh Confirmed',
    'Criminal association with Callum Reid Reported',
    'Exploitation from Adult known as "Dee" Suspected',
  ]);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/person-panel-1366.png' });
  await links.getByRole('button', { name: 'Exploitation from Adult known as "Dee"' }).click();
  await expect(
    details(page).getByRole('region', {
      name: 'Association between Adult known as "Dee" and Kyle Brennan',
    }),
  ).toBeVisible();

  // A long section folds away, and stays folded after a reload.
  await selectInList(page, ['Kyle Brennan']);
  const strengths = panel.getByRole('button', { name: 'Strengths and protective factors' });
  await expect(strengths).toHaveAttribute('aria-expanded', 'true');
  await strengths.click();
  await expect(strengths).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByRole('group', { name: 'Strengths and protective factors' })).toBeHidden();
  await page.reload();
  await waitForTestApi(page);
  await waitForDrawn(page, 16);
  // At this laptop width the details panel opens folded to its strip after a reload.
  await openDetails(page);
  await selectInList(page, ['Kyle Brennan']);
  await expect(strengths).toHaveAttribute('aria-expanded', 'false');
  await strengths.press('Enter');
  await expect(
    panel.getByRole('group', { name: 'Strengths and protective factors' }),
  ).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/person-panel-1920.png' });
});
