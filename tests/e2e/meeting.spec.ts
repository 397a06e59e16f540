import { expect, test, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  headerTool,
  isoDay,
  openBoard,
  start,
  TRAINING_TITLE,
  ukDate,
} from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  personIdByName,
  personOption,
  personPanel,
  storedRecords,
  waitForDrawn,
  waitForTestApi,
} from './pages/board';

/**
 * A whole meeting on the training board, as a chair runs it on the projector: start it with who is
 * there, step through three agenda items (mouse and PageDown), record a decision and an action on
 * each, end it; then change the board and see "What changed since the meeting" list the changes
 * and mark them on the diagram.
 */

interface StoredMeeting {
  id: string;
  boardId: string;
  status: string;
  attendees: { name: string; agency: string }[];
  decisions: { itemId: string; text: string }[];
}
interface StoredAction {
  boardId: string;
  targetId: string;
  description: string;
  meetingId: string | null;
}

const bar = (page: Page) => page.getByRole('region', { name: 'Meeting in progress' });
const step = (page: Page) => bar(page).locator('.meeting-step');
const focusLine = (page: Page) => page.locator('.hidden-indicator');

async function decideAndAct(page: Page, label: string, decision: string, action: string) {
  const decisionBox = bar(page).getByRole('textbox', { name: `Decision on ${label}` });
  await decisionBox.fill(decision);
  await decisionBox.press('Enter');
  await expect(bar(page).getByRole('region', { name: `Decisions on ${label}` })).toContainText(
    decision,
  );
  await bar(page)
    .getByRole('button', { name: `Add action for ${label}` })
    .click();
  const form = bar(page).getByRole('form', { name: `Quick action for ${label}` });
  await form.getByLabel('Action', { exact: true }).fill(action);
  await form.getByLabel('Owning agency').fill('Youth service');
  await form.getByLabel('Action', { exact: true }).press('Enter');
  await expect(
    bar(page).getByRole('region', { name: `Actions agreed for ${label}` }),
  ).toContainText(action);
}

test('a meeting on the training board, then what changed since it', async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
  const boardId = await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);

  // Start: today's date by default, two attendees by agency.
  await (await headerTool(page, 'Start meeting')).click();
  const dialog = page.getByRole('dialog', { name: 'Start meeting' });
  await expect(dialog.getByLabel('Date of the meeting')).toHaveValue(isoDay(0));
  await expect(dialog).toContainText('Purpose: A made-up example for training');
  // No one named yet: refused in plain words, and the dialog stays open.
  await dialog.getByRole('button', { name: 'Start meeting' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Add at least one attendee (their name; the agency helps) before starting the meeting.',
  );
  await expect(bar(page)).toBeHidden();
  await dialog.getByLabel('Attendee 1 name').fill('Jo Hartley');
  await dialog.getByLabel('Attendee 1 agency').fill('Community safety');
  await dialog.getByRole('button', { name: 'Add attendee' }).click();
  await dialog.getByLabel('Attendee 2 name').fill('Dana Whitlock');
  await dialog.getByLabel('Attendee 2 agency').fill('Youth offending service');
  await dialog.getByRole('button', { name: 'Start meeting' }).click();
  await expect(dialog).toBeHidden();

  // Item 1: the group of most concern, its members in focus.
  await expect(step(page)).toHaveText(/^Item 1 of 23: Brookside Parade group$/);
  await expect(focusLine(page)).toContainText('Showing 1 step from');
  await decideAndAct(
    page,
    'Brookside Parade group',
    'Discuss the group before each member',
    'Joint detached work on Brookside Parade',
  );

  // Item 2 by the keyboard (PageDown, away from any field).
  await canvas(page).focus();
  await page.keyboard.press('PageDown');
  await expect(step(page)).toHaveText(/^Item 2 of 23: Year 10 friendship group$/);
  await decideAndAct(
    page,
    'Year 10 friendship group',
    'School to lead on the group chat',
    'Assembly on image sharing for Year 10',
  );

  // Item 3: the young person of most concern, selected and in focus.
  await bar(page).getByRole('button', { name: 'Next item' }).click();
  await expect(step(page)).toHaveText(/^Item 3 of 23: Amira Hussain$/);
  await expect(personPanel(page, 'Amira Hussain')).toBeVisible();
  await expect(focusLine(page)).toContainText('Showing 1 step from Amira Hussain');
  // Widen the focus here: the step remembers it when we come back.
  await canvas(page).focus();
  await page.keyboard.press('f');
  await expect(focusLine(page)).toContainText('Showing 2 steps from Amira Hussain');
  await decideAndAct(
    page,
    'Amira Hussain',
    'Refer to the exploitation panel',
    'Safety plan review with Amira',
  );
  await bar(page).getByRole('button', { name: 'Previous item' }).click();
  await expect(step(page)).toHaveText(/Item 2 of 23/);
  await bar(page).getByRole('button', { name: 'Next item' }).click();
  await expect(focusLine(page)).toContainText('Showing 2 steps from Amira Hussain');

  // A reload mid-meeting carries on with the same meeting, at the item the chair was on.
  await page.reload();
  await waitForDrawn(page, 16);
  await expect(bar(page)).toBeVisible();
  await expect(bar(page).getByRole('button', { name: 'Attendees (2)' })).toBeVisible();
  await expect(step(page)).toHaveText(/^Item 3 of 23: Amira Hussain$/);
  await expect(focusLine(page)).toContainText('Showing 2 steps from Amira Hussain');

  // Any item, picked directly from the keyboard: the menu of the agenda items.
  const goTo = bar(page).getByRole('button', { name: 'Go to item' });
  const items = page.getByRole('menu', { name: 'Agenda items' });
  await goTo.focus();
  await page.keyboard.press('Enter');
  await expect(items.getByRole('menuitemradio')).toHaveCount(23);
  await expect(items.getByRole('menuitemradio', { name: '3. Amira Hussain' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await items.getByRole('menuitemradio', { name: '2. Year 10 friendship group' }).focus();
  await page.keyboard.press('Enter');
  await expect(step(page)).toHaveText(/^Item 2 of 23: Year 10 friendship group$/);
  await goTo.focus();
  await page.keyboard.press('Enter');
  await expect(
    items.getByRole('menuitemradio', { name: '2. Year 10 friendship group' }),
  ).toHaveAttribute('aria-checked', 'true');
  await items.getByRole('menuitemradio', { name: '1. Brookside Parade group' }).focus();
  await page.keyboard.press('Enter');
  await expect(step(page)).toHaveText(/^Item 1 of 23: Brookside Parade group$/);
  // And from the Agenda, where each item's name goes to it.
  await bar(page).getByRole('button', { name: 'Agenda (23)' }).click();
  const agendaList = bar(page).getByRole('region', { name: 'Agenda' });
  await agendaList.getByRole('button', { name: 'Amira Hussain', exact: true }).click();
  await expect(step(page)).toHaveText(/^Item 3 of 23: Amira Hussain$/);
  await expect(personPanel(page, 'Amira Hussain')).toBeVisible();

  // Someone drawn during the meeting joins the agenda at the end of the people; one Undo takes
  // back both the person and their agenda item.
  await canvas(page).focus();
  const drawnId = await addPersonByKeyboard(page, boardId, 'Kai Mercer');
  await expect(bar(page).getByRole('button', { name: 'Agenda (24)' })).toBeVisible();
  const rows = agendaList.getByRole('listitem');
  const labels = await rows.locator('.agenda-label').allTextContents();
  const kinds = await rows.locator('.agenda-kind').allTextContents();
  expect(labels.indexOf('Kai Mercer')).toBe(kinds.lastIndexOf('Person'));
  const stored = async () =>
    (await storedRecords<StoredMeeting & { agenda: { id: string }[] }>(page, 'meetings')).find(
      (m) => m.boardId === boardId,
    )!;
  expect((await stored()).agenda.map((i) => i.id)).toContain(drawnId);
  await page.keyboard.press('Control+z');
  await expect(bar(page).getByRole('button', { name: 'Agenda (23)' })).toBeVisible();
  await expect(personOption(page, 'Kai Mercer')).toHaveCount(0);
  expect((await stored()).agenda.map((i) => i.id)).not.toContain(drawnId);
  await bar(page).getByRole('button', { name: 'Agenda (23)' }).click();

  // Ending asks first; Cancel keeps the meeting.
  await bar(page).getByRole('button', { name: 'End meeting' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'End the meeting?' });
  await expect(confirm).toContainText('A snapshot of the board as it stands is kept');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(bar(page)).toBeVisible();
  await bar(page).getByRole('button', { name: 'End meeting' }).click();
  await confirm.getByRole('button', { name: 'End meeting' }).click();
  await expect(bar(page)).toBeHidden();

  const meetings = (await storedRecords<StoredMeeting>(page, 'meetings')).filter(
    (m) => m.boardId === boardId,
  );
  expect(meetings).toHaveLength(1);
  expect(meetings[0]!.status).toBe('ended');
  expect(meetings[0]!.attendees.map((a) => a.agency)).toEqual([
    'Community safety',
    'Youth offending service',
  ]);
  expect(meetings[0]!.decisions.map((d) => d.text)).toEqual([
    'Discuss the group before each member',
    'School to lead on the group chat',
    'Refer to the exploitation panel',
  ]);
  const agreed = (await storedRecords<StoredAction>(page, 'actions')).filter(
    (a) => a.meetingId === meetings[0]!.id,
  );
  expect(agreed.map((a) => a.description).sort()).toEqual([
    'Assembly on image sharing for Year 10',
    'Joint detached work on Brookside Parade',
    'Safety plan review with Amira',
  ]);
  const snapshots = await storedRecords<{ meetingId: string }>(page, 'snapshots');
  expect(snapshots.filter((s) => s.meetingId === meetings[0]!.id)).toHaveLength(1);

  // After the meeting: someone new, and a risk raised.
  await page.locator('.hidden-indicator').getByRole('button', { name: 'Clear' }).click();
  await canvas(page).focus();
  const newId = await addPersonByKeyboard(page, boardId, 'Ruby Castle');
  await personOption(page, 'Shannon Doyle').click();
  await personPanel(page, 'Shannon Doyle').getByLabel('Risk level').selectOption('significant');
  const shannonId = await personIdByName(page, boardId, 'Shannon Doyle');

  await (await headerTool(page, 'What changed')).click();
  const changes = page.getByRole('region', {
    name: `What changed since the meeting on ${ukDate(isoDay(0))}`,
  });
  await expect(changes.getByRole('listitem')).toHaveText([
    'New person: Ruby Castle',
    'Risk raised: Shannon Doyle, Emerging → Significant',
  ]);
  // Both are marked on the diagram with the dashed amber ring.
  for (const id of [newId, shannonId]) {
    await expect
      .poll(() => page.evaluate((i) => window.__pp?.nodeStyle(i, 'outline-style'), id))
      .toBe('dashed');
  }
  // A line selects its record.
  await changes.getByRole('button', { name: 'New person: Ruby Castle' }).click();
  await expect(personPanel(page, 'Ruby Castle')).toBeVisible();
});
