import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { headerButton, messages } from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  expectCounts,
  linkByKeyboard,
  personOption,
  personPanel,
  storedPeople,
} from './pages/board';
import { twoTabsOnOneBoard } from './pages/tabs';

/** Opens a person's side panel by clicking them in the People list. */
async function openPanel(page: Page, name: string) {
  await personOption(page, name).click();
  const panel = personPanel(page, name);
  await expect(panel).toBeVisible();
  return panel;
}

const notesField = (panel: ReturnType<typeof personPanel>) =>
  panel.getByLabel('Notes', { exact: true });

/** Both tabs on one board, where tab A has added Ali (and B lists them too). */
async function twoTabsWithAli(context: BrowserContext) {
  const tabs = await twoTabsOnOneBoard(context);
  await canvas(tabs.a).focus();
  await addPersonByKeyboard(tabs.a, tabs.boardId, 'Ali');
  await expect(personOption(tabs.b, 'Ali')).toBeVisible();
  return tabs;
}

async function storedPerson(page: Page, boardId: string, name: string) {
  const person = (await storedPeople(page, boardId)).find((p) => p.displayName === name);
  return person ?? null;
}

test('undo in one tab takes back only its own rename, not the risk and notes set in the other', async ({
  context,
}) => {
  const { a, b, boardId } = await twoTabsWithAli(context);

  const panelA = await openPanel(a, 'Ali');
  await panelA.getByLabel('Name shown').fill('Alina');
  await panelA.getByLabel('Name shown').press('Tab');
  await expect(personOption(b, 'Alina')).toBeVisible();

  const panelB = await openPanel(b, 'Alina');
  await panelB.getByLabel('Risk level').selectOption({ label: 'Significant' });
  await notesField(panelB).fill('Seen at the skate park most evenings.');
  await notesField(panelB).press('Tab');
  await expect(notesField(personPanel(a, 'Alina'))).toHaveValue(
    'Seen at the skate park most evenings.',
  );

  await canvas(a).focus();
  await expect(headerButton(a, 'Undo')).toHaveAttribute(
    'title',
    'Undo “Rename Ali to Alina” (Ctrl+Z)',
  );
  await a.keyboard.press('Control+z');

  for (const page of [a, b]) {
    await expect(personOption(page, 'Ali')).toBeVisible();
    const panel = personPanel(page, 'Ali');
    await expect(panel.getByLabel('Risk level')).toHaveValue('significant');
    await expect(notesField(panel)).toHaveValue('Seen at the skate park most evenings.');
  }
  expect(await storedPerson(a, boardId, 'Ali')).toMatchObject({
    riskLevel: 'significant',
    notes: 'Seen at the skate park most evenings.',
  });
});

test('a person deleted in one tab while the other types their notes: the typed text is handed back to copy', async ({
  context,
}) => {
  const { a, b } = await twoTabsWithAli(context);
  await expect(personOption(b, 'Ali')).toBeVisible();

  const panelB = await openPanel(b, 'Ali');
  await notesField(panelB).pressSequentially('Told youth worker about the stairwell');
  // Tab A deletes Ali straight away, inside the pause before B's notes would be saved.
  await personOption(a, 'Ali').click();
  await canvas(a).focus();
  await a.keyboard.press('Delete');
  await expect(personOption(a, 'Ali')).toHaveCount(0);

  const kept = b.getByRole('dialog', { name: 'Text that was not saved' });
  await expect(kept).toBeVisible();
  await expect(kept).toContainText('The person you were editing has been deleted.');
  await expect(kept.getByRole('textbox', { name: 'What you typed in Notes' })).toHaveValue(
    'Told youth worker about the stairwell',
  );
  await expect(personOption(b, 'Ali')).toHaveCount(0);
  await kept.getByRole('button', { name: 'Done' }).click();
  await expect(kept).toBeHidden();
});

test('undoing an add in one tab also removes the link the other tab drew to that person, and redo restores both', async ({
  context,
}) => {
  const { a, b, boardId } = await twoTabsOnOneBoard(context);
  await canvas(a).focus();
  await addPersonByKeyboard(a, boardId, 'Quinn');
  await addPersonByKeyboard(a, boardId, 'Pat');
  await expect(personOption(b, 'Pat')).toBeVisible();

  await linkByKeyboard(b, 'Pat', 'Quinn');
  await expectCounts(a, 2, 1);

  await canvas(a).focus();
  await a.keyboard.press('Control+z');
  await expect(messages(a).getByText(/Also removed 1 association/)).toBeVisible();
  for (const page of [a, b]) {
    await expect(personOption(page, 'Pat')).toHaveCount(0);
    await expectCounts(page, 1, 0);
  }

  await a.keyboard.press('Control+Shift+z');
  for (const page of [a, b]) {
    await expect(personOption(page, 'Pat')).toBeVisible();
    await expectCounts(page, 2, 1);
  }
});

test('two tabs editing different fields of one person at once keep both edits', async ({
  context,
}) => {
  const { a, b, boardId } = await twoTabsWithAli(context);
  const panelA = await openPanel(a, 'Ali');
  const panelB = await openPanel(b, 'Ali');

  await panelA.getByRole('textbox', { name: 'School', exact: true }).fill('Harrowfield Academy');
  await panelB.getByRole('textbox', { name: 'Lead practitioner', exact: true }).fill('R. Osei');
  await Promise.all([
    panelA.getByRole('textbox', { name: 'School', exact: true }).press('Tab'),
    panelB.getByRole('textbox', { name: 'Lead practitioner', exact: true }).press('Tab'),
  ]);

  for (const panel of [panelA, panelB]) {
    await expect(panel.getByRole('textbox', { name: 'School', exact: true })).toHaveValue(
      'Harrowfield Academy',
    );
    await expect(
      panel.getByRole('textbox', { name: 'Lead practitioner', exact: true }),
    ).toHaveValue('R. Osei');
  }
  await expect
    .poll(() => storedPerson(a, boardId, 'Ali'))
    .toMatchObject({ school: 'Harrowfield Academy', leadPractitioner: 'R. Osei' });
});

test('two tabs writing the same field at once end up showing the same text as is stored', async ({
  context,
}) => {
  const { a, b, boardId } = await twoTabsWithAli(context);
  const panelA = await openPanel(a, 'Ali');
  const panelB = await openPanel(b, 'Ali');

  await notesField(panelA).fill('Written in tab A');
  await notesField(panelB).fill('Written in tab B');
  await Promise.all([notesField(panelA).press('Tab'), notesField(panelB).press('Tab')]);

  // The later save wins everywhere; neither tab is left showing a value that is not stored.
  await expect
    .poll(async () => {
      const stored = (await storedPerson(a, boardId, 'Ali'))?.notes;
      const shown = [await notesField(panelA).inputValue(), await notesField(panelB).inputValue()];
      return shown.every((text) => text === stored) ? stored : `A ${shown[0]} / B ${shown[1]}`;
    })
    .toMatch(/^Written in tab [AB]$/);
});

test('notes typed just before a reload are kept', async ({ context }) => {
  const { a: page, boardId } = await twoTabsWithAli(context);
  const panel = await openPanel(page, 'Ali');

  await notesField(panel).pressSequentially('Goes to the park after school');
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Shared board' })).toBeVisible();
  await expect
    .poll(async () => (await storedPerson(page, boardId, 'Ali'))?.notes)
    .toBe('Goes to the park after school');
  const reopened = await openPanel(page, 'Ali');
  await expect(notesField(reopened)).toHaveValue('Goes to the park after school');
});
