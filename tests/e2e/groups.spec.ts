import { expect, test, type Page } from '@playwright/test';
import { createBoard, headerButton, messages, start } from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  details,
  personIdByName,
  selectInList,
  storedRecords,
  waitForTestApi,
} from './pages/board';

/**
 * Groups: made from a selection with G and named inline, outlined on the diagram, with a role for
 * each member that shows on their node. Keyboard only unless a test says otherwise.
 */

interface StoredMembership {
  groupId: string;
  personId: string;
  role: string;
  boardId: string;
}

const FIVE = ['Ayo', 'Bea', 'Cal', 'Dee', 'Eli'];

/** G, a name, Enter: makes a group of the selected people and waits until it is drawn. */
async function makeGroup(page: Page, name: string): Promise<void> {
  await page.keyboard.press('g');
  const box = page.getByRole('textbox', { name: /^Name of new group/ });
  await expect(box).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
  await expect(details(page).getByRole('region', { name: `Group ${name}` })).toBeVisible();
}

async function boardWithFive(page: Page): Promise<string> {
  await start(page);
  const boardId = await createBoard(page, { title: 'Group board' });
  await waitForTestApi(page);
  await canvas(page).focus();
  for (const name of FIVE) await addPersonByKeyboard(page, boardId, name);
  return boardId;
}

const outlineNames = (page: Page) => page.locator('.group-outlines text');
/** The names written on the group outlines, in name order. */
const expectOutlines = (page: Page, names: string[]) =>
  expect.poll(async () => (await outlineNames(page).allTextContents()).sort()).toEqual(names);
const nodeStyle = (page: Page, id: string, property: string) =>
  page.evaluate(([id, p]) => window.__pp?.nodeStyle(id!, p!) ?? null, [id, property]);

test('a five-person group with a leader is drawn from the keyboard alone', async ({ page }) => {
  const boardId = await boardWithFive(page);
  await selectInList(page, FIVE);
  await page.keyboard.press('g');
  const nameBox = page.getByRole('textbox', { name: 'Name of new group of 5 people' });
  await expect(nameBox).toBeFocused();
  await page.keyboard.type('Station crew');
  await page.keyboard.press('Enter');

  // The new group is selected: its panel lists all five, and its outline is drawn with its name.
  const panel = details(page).getByRole('region', { name: 'Group Station crew' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Members and roles (5)' })).toBeVisible();
  await expect(outlineNames(page)).toHaveText(['Station crew']);
  await expect(page.locator('.group-outlines path')).toHaveAttribute('d', /^M.+Z$/);
  await expect(
    page.getByRole('navigation', { name: 'Groups on this board' }).getByRole('button'),
  ).toHaveText([/Station crew · 5 members/]);

  // Ayo becomes the leader: typing L on the focused role picker, as a keyboard user does.
  const ayo = await personIdByName(page, boardId, 'Ayo');
  expect(await nodeStyle(page, ayo, 'border-style')).toBe('solid');
  const role = panel.getByRole('combobox', { name: 'Role of Ayo in Station crew' });
  await role.focus();
  await page.keyboard.press('l');
  await expect(role).toHaveValue('leader');
  await expect
    .poll(async () =>
      (await storedRecords<StoredMembership>(page, 'memberships')).map((m) => m.role).sort(),
    )
    .toEqual(['leader', 'not-known', 'not-known', 'not-known', 'not-known']);
  // The role shows on the node: a leader's outline is double.
  await expect.poll(() => nodeStyle(page, ayo, 'border-style')).toBe('double');

  // Undo takes back the role, then the group, one step each.
  await canvas(page).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => nodeStyle(page, ayo, 'border-style')).toBe('solid');
  await page.keyboard.press('Control+z');
  await expect(outlineNames(page)).toHaveCount(0);
  expect(await storedRecords(page, 'groups')).toHaveLength(0);
  expect(await storedRecords(page, 'memberships')).toHaveLength(0);
});

test('G with nobody selected makes no group and says why', async ({ page }) => {
  await boardWithFive(page);
  await canvas(page).focus();
  await page.keyboard.press('Escape'); // clear the selection (the last person added)
  await page.keyboard.press('g');
  await expect(messages(page).getByText(/A group needs at least one member/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Name of new group/ })).toHaveCount(0);
  expect(await storedRecords(page, 'groups')).toHaveLength(0);
});

test('a person can be in two groups; groups are edited and deleted from their panel', async ({
  page,
}) => {
  const boardId = await boardWithFive(page);
  await selectInList(page, ['Ayo', 'Bea', 'Cal']);
  await makeGroup(page, 'Park group');
  await selectInList(page, ['Cal', 'Dee']);
  await makeGroup(page, 'School friends');
  await expectOutlines(page, ['Park group', 'School friends']);

  // Cal's own panel lists both groups, each with a role.
  await selectInList(page, ['Cal']);
  const calPanel = details(page).getByRole('region', { name: 'Details of Cal' });
  const groups = calPanel.getByRole('region', { name: 'Groups' });
  await expect(groups.getByRole('combobox', { name: 'Role in Park group' })).toBeVisible();
  await expect(groups.getByRole('combobox', { name: 'Role in School friends' })).toBeVisible();
  await groups.getByRole('combobox', { name: 'Role in School friends' }).selectOption('peripheral');
  const cal = await personIdByName(page, boardId, 'Cal');
  // Cal is peripheral in one group and not known in the other: the most central role shows.
  await expect.poll(() => nodeStyle(page, cal, 'border-style')).toBe('dashed');

  // The group's panel: concern level, then delete; the members stay on the board.
  await page
    .getByRole('navigation', { name: 'Groups on this board' })
    .getByRole('button', { name: /School friends/ })
    .click();
  const panel = details(page).getByRole('region', { name: 'Group School friends' });
  await panel.getByRole('combobox', { name: 'Concern level' }).selectOption('significant');
  await expect
    .poll(async () =>
      (await storedRecords<{ name: string; concernLevel: string }>(page, 'groups')).map(
        (g) => `${g.name}:${g.concernLevel}`,
      ),
    )
    .toContain('School friends:significant');
  await panel.getByRole('button', { name: 'Delete group School friends' }).click();
  await expectOutlines(page, ['Park group']);
  await expect(
    page.getByRole('navigation', { name: 'People on this board' }).getByRole('option'),
  ).toHaveCount(5);
  await headerButton(page, 'Undo').click();
  await expectOutlines(page, ['Park group', 'School friends']);
});
