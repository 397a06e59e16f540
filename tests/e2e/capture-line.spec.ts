import { expect, test, type Locator, type Page } from '@playwright/test';
import { createBoard, isoDay, messages, start, ukDate } from './pages/app';
import {
  canvas,
  canvasBox,
  newPersonBox,
  expectCounts,
  personIdByName,
  personOption,
  positionOf,
  storedRecords,
  waitForTestApi,
} from './pages/board';
import { rawDatabaseDump } from './pages/storage';

/**
 * The capture line (C): a chair types what they hear, line after line, and each Enter records the
 * line as one undoable step, said back in the messages. Keyboard only, in Chromium, against the
 * built app. Fictional Harrowfield people and places.
 */

const captureBox = (page: Page): Locator => page.getByRole('combobox', { name: 'Capture' });
const refusal = (page: Page): Locator =>
  page.getByRole('region', { name: 'Capture line' }).getByRole('alert');
const groupsList = (page: Page) => page.getByRole('navigation', { name: 'Groups on this board' });
const placesList = (page: Page) => page.getByRole('navigation', { name: 'Places on this board' });

async function openCaptureBoard(page: Page): Promise<string> {
  await start(page);
  const boardId = await createBoard(page, { title: 'Eastgate strategy meeting' });
  await waitForTestApi(page);
  await canvas(page).focus();
  await page.keyboard.press('c');
  await expect(captureBox(page)).toBeFocused();
  return boardId;
}

/** Types one line and Enter, and waits for the sentence that says it back. */
async function captureLine(page: Page, line: string, echo: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(messages(page).getByText(echo, { exact: true })).toBeVisible();
  await expect(captureBox(page)).toHaveValue('');
  await expect(captureBox(page)).toBeFocused();
}

/** The next `day` of `month` from today, as the line reads a due date without a year. */
function next(month: number, day: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = Number(isoDay(0).slice(0, 4));
  const thisYear = `${year}-${pad(month)}-${pad(day)}`;
  return thisYear >= isoDay(0) ? thisYear : `${year + 1}-${pad(month)}-${pad(day)}`;
}

interface Stored {
  boardId: string;
  [field: string]: unknown;
}

test('a chair types several lines of a briefing and sees them on the board; Ctrl+Z takes back only the last', async ({
  page,
}) => {
  page.on('dialog', () => {
    throw new Error('A dialog opened: typed text was run as code');
  });
  const boardId = await openCaptureBoard(page);
  await captureLine(
    page,
    'Leon Price, YOS, A. Khan',
    'New person Leon Price: lead agency Youth offending service, practitioner A. Khan.',
  );
  await captureLine(
    page,
    'Jay Brown, CSC',
    "New person Jay Brown: lead agency Children's social care.",
  );
  await captureLine(
    page,
    'Leon > Kira exploitation reported police',
    'Exploitation from Leon Price to Kira (reported, source Police). New person Kira.',
  );
  // New people land inside the visible diagram.
  const view = await canvasBox(page);
  for (const name of ['Leon Price', 'Kira']) {
    const at = await positionOf(page, await personIdByName(page, boardId, name));
    expect(at.x).toBeGreaterThan(view.x);
    expect(at.x).toBeLessThan(view.x + view.width);
    expect(at.y).toBeGreaterThan(view.y);
    expect(at.y).toBeLessThan(view.y + view.height);
  }
  // A name on the board is offered as it is typed, and Tab takes it.
  await page.keyboard.type('leon - Ja');
  await expect(
    page.getByRole('listbox', { name: 'Names on the board' }).getByRole('option'),
  ).toHaveText(['Jay Brown person']);
  await page.keyboard.press('Tab');
  await expect(captureBox(page)).toHaveValue('leon - Jay Brown ');
  await captureLine(
    page,
    ', Sami friends',
    'Friendship between Leon Price and Jay Brown; between Leon Price and Sami. New person Sami.',
  );
  await expectCounts(page, 4, 3);
  await captureLine(
    page,
    'group Northside: Leon leader, Jay, Sami peripheral',
    'New group Northside: Leon Price (leader), Jay Brown, Sami (peripheral).',
  );
  await expect(groupsList(page)).toContainText('Northside');
  await captureLine(
    page,
    'place Marlow House stairwell high risk',
    'New place Marlow House: Estate / stairwell, risk significant; not on the map yet.',
  );
  await expect(placesList(page)).toContainText('Marlow House');
  await captureLine(
    page,
    'Leon, Jay frequent Marlow House',
    'Leon Price and Jay Brown: frequents Marlow House.',
  );
  await captureLine(
    page,
    'incident yesterday 21:30 at Marlow House: robbery, Leon, Jay harmed',
    `Incident on ${ukDate(isoDay(-1))} at 21:30 at Marlow House: serious youth violence; Leon Price (present), Jay Brown (harmed).`,
  );
  await captureLine(
    page,
    'action Housing: stairwell lighting at Marlow House by 15 Jan',
    `Action for Marlow House, Housing: stairwell lighting at Marlow House, due ${ukDate(next(1, 15))}.`,
  );
  await captureLine(
    page,
    'action Police, YOS: joint visit for Leon by 20 Jan',
    `Action for Leon Price, Police with Youth offending service: joint visit for Leon, due ${ukDate(next(1, 20))}.`,
  );
  await expect.poll(async () => (await storedRecords<Stored>(page, 'actions')).length).toBe(2);
  expect(await storedRecords<Stored>(page, 'incidents')).toHaveLength(1);
  expect(await storedRecords<Stored>(page, 'placeLinks')).toHaveLength(2);
  expect(await storedRecords<Stored>(page, 'memberships')).toHaveLength(3);

  // The joint action lists its other agency in the actions table.
  await page.getByRole('button', { name: /^Actions 2 open/ }).click();
  const table = page.getByRole('dialog', { name: 'Actions on this board' }).getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Also' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'joint visit for Leon' })).toContainText(
    'Youth offending service',
  );
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/capture-actions-table-${size.width}.png` });
  }
  await page.keyboard.press('Escape');
  await captureBox(page).click();

  // Ctrl+Z in the empty line: only the last line's action goes.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedRecords<Stored>(page, 'actions')).length).toBe(1);
  const [left] = await storedRecords<Stored>(page, 'actions');
  expect(left).toMatchObject({ agency: 'Housing', partners: [] });
  expect(await storedRecords<Stored>(page, 'incidents')).toHaveLength(1);
  await expectCounts(page, 4, 3);
  await page.screenshot({ path: 'test-results/capture-board-1920.png' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: 'test-results/capture-board-1366.png' });
});

test('a line it cannot read is shown back with the words marked, and nothing is stored', async ({
  page,
}) => {
  page.on('dialog', () => {
    throw new Error('A dialog opened: typed text was run as code');
  });
  await openCaptureBoard(page);
  await captureLine(
    page,
    'Leon - Sami friends',
    'Friendship between Leon and Sami. New person Leon. New person Sami.',
  );
  const before = await rawDatabaseDump(page);
  await page.keyboard.type('Leon - Sami frends reportedd');
  await page.keyboard.press('Enter');
  await expect(refusal(page)).toContainText(
    'Not recorded: Not understood: “frends”, “reportedd”. Nothing was stored.',
  );
  await expect(refusal(page).locator('mark')).toHaveText(['frends', 'reportedd']);
  await expect(captureBox(page)).toHaveValue('Leon - Sami frends reportedd');
  expect(await rawDatabaseDump(page)).toBe(before);
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/capture-refused-${size.width}.png` });
  }

  // Markup typed as a name is a name, shown as text: no image, no script.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Leon - <img src=x onerror=alert(1)> friends');
  await page.keyboard.press('Enter');
  await expect(personOption(page, '<img src=x onerror=alert(1)>')).toBeVisible();
  await expect(messages(page)).toContainText('New person <img src=x onerror=alert(1)>.');
  expect(await page.locator('img').count()).toBe(0);
});

test('names are offered as they are typed; Escape closes the list, then the line', async ({
  page,
}) => {
  await openCaptureBoard(page);
  await captureLine(
    page,
    'Leon Price, YOS',
    'New person Leon Price: lead agency Youth offending service.',
  );
  await captureLine(
    page,
    'Leona Hart, CSC',
    "New person Leona Hart: lead agency Children's social care.",
  );
  await page.keyboard.type('Leo');
  const names = page.getByRole('listbox', { name: 'Names on the board' });
  await expect(names.getByRole('option')).toHaveText(['Leon Price person', 'Leona Hart person']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(names.getByRole('option', { name: /Leona Hart/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/capture-names-${size.width}.png` });
  }
  await page.keyboard.press('Enter');
  await expect(captureBox(page)).toHaveValue('Leona Hart ');
  // C on the board while the line is open brings the focus back to it.
  await canvas(page).focus();
  await page.keyboard.press('c');
  await expect(captureBox(page)).toBeFocused();
  await expect(captureBox(page)).toHaveValue('Leona Hart ');
  await page.keyboard.press('Escape');
  await expect(captureBox(page)).toBeHidden();
  // C opens it again from the board.
  await canvas(page).focus();
  await page.keyboard.press('c');
  await expect(captureBox(page)).toBeFocused();
});

test('a place captured while the map is open is placed with a click', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openCaptureBoard(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  const map = page.getByRole('application', { name: /^Map of / });
  await expect(map).toBeVisible();
  await canvas(page).focus();
  await page.keyboard.press('c');
  await captureLine(
    page,
    'place Marlow House stairwell high risk',
    'New place Marlow House: Estate / stairwell, risk significant; not on the map yet.',
  );
  await expect(page.getByText('Click the map to place Marlow House')).toBeVisible();
  await page.screenshot({ path: 'test-results/capture-placing-1920.png' });
  const box = await map.boundingBox();
  if (!box) throw new Error('the map is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(async () => (await storedRecords<Stored>(page, 'places'))[0]?.geometry ?? null)
    .toMatchObject({ type: 'Point' });
  await expect(page.getByText('Click the map to place Marlow House')).toBeHidden();
  await expect(page.locator('.map-canvas .place-point')).toHaveCount(1);
});

test('a captured place left off the map is placed later from its panel with one click', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openCaptureBoard(page);
  await captureLine(
    page,
    'place The Arches',
    'New place The Arches: Other, risk not assessed; not on the map yet.',
  );
  await page.keyboard.press('Escape');
  await expect(captureBox(page)).toBeHidden();
  await placesList(page)
    .getByRole('button', { name: /^The Arches ·/ })
    .click();
  const panel = page.getByRole('region', { name: 'Place The Arches', exact: true });
  await panel.getByRole('button', { name: 'Place on the map' }).click();
  await expect(panel.getByText('Click the map to place The Arches.')).toBeVisible();
  const map = page.getByRole('application', { name: /^Map of / });
  await expect(map).toBeVisible();
  await page.screenshot({ path: 'test-results/capture-place-later-1920.png' });
  const box = await map.boundingBox();
  if (!box) throw new Error('the map is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(async () => (await storedRecords<Stored>(page, 'places'))[0]?.geometry ?? null)
    .toMatchObject({ type: 'Point' });
  await expect(panel.getByRole('button', { name: 'Place on the map' })).toBeHidden();
  await expect(page.locator('.map-canvas .place-point')).toHaveCount(1);
});

test('under presenter-safe names the sentence said back and the names offered are masked', async ({
  page,
}) => {
  await openCaptureBoard(page);
  await captureLine(
    page,
    'Kira Moss, CSC',
    "New person Kira Moss: lead agency Children's social care.",
  );
  await page.keyboard.press('Escape');
  await canvas(page).focus();
  await page.keyboard.press('p');
  await page.keyboard.press('c');
  await expect(captureBox(page)).toBeFocused();
  await page.keyboard.type('Leon Price - Ki');
  const names = page.getByRole('listbox', { name: 'Names on the board' });
  await expect(names.getByRole('option')).toHaveText(['KM person']);
  await page.keyboard.press('Tab');
  await page.keyboard.type('friends');
  await page.keyboard.press('Enter');
  await expect(messages(page)).toContainText('Friendship between LP and KM. New person LP.');
  await expect(messages(page)).not.toContainText('Kira');
  await expect(messages(page)).not.toContainText('Leon');
});

test('the toolbar offers the capture line too (in More when the row is full)', async ({ page }) => {
  await start(page);
  await createBoard(page, { title: 'Eastgate strategy meeting' });
  const toolbar = page.getByRole('toolbar', { name: 'Network tools' });
  const onRow = toolbar.getByRole('button', { name: /^Capture line/ });
  if (!(await onRow.isVisible()))
    await toolbar.getByRole('button', { name: 'More network tools' }).click();
  await page
    .getByRole('button', { name: /^Capture line/ })
    .filter({ visible: true })
    .click();
  await expect(captureBox(page)).toBeFocused();
  await page.keyboard.type('Leon Price, YOS');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('navigation', { name: 'People on this board' }).getByText('Leon Price'),
  ).toBeVisible();
});

test('a chair who presses C and types at once loses no key to the board’s shortcuts', async ({
  page,
}) => {
  await start(page);
  await createBoard(page, { title: 'Eastgate strategy meeting' });
  await waitForTestApi(page);
  await canvas(page).focus();
  // No wait between C and the line: the first time, the line's code is still being fetched, and
  // L, N or F typed meanwhile must not link, add a person or focus the diagram.
  await page.keyboard.press('c');
  await page.keyboard.type('Leon Price, YOS, A. Khan');
  await expect(captureBox(page)).toHaveValue('Leon Price, YOS, A. Khan');
  await expect(captureBox(page)).toBeFocused();
  await expect(newPersonBox(page)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('navigation', { name: 'People on this board' }).getByText('Leon Price'),
  ).toBeVisible();
});
