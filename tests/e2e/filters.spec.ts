import { expect, test, type Page } from '@playwright/test';
import { addTrainingBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
import {
  canvasWrap,
  selectInList,
  storedPeople,
  storedRecords,
  toolbarButton,
  waitForDrawn,
} from './pages/board';

/**
 * Filters and focus on the training board (16 people, 22 associations). The canvas hides what it
 * draws from the DOM, so the diagram itself is asked, through the test API, whether each person and
 * association is drawn; every choice is made with the real mouse and keyboard.
 */

interface StoredAssociation {
  id: string;
  boardId: string;
  fromId: string;
  toId: string;
  kind: string;
  lastReported: string | null;
}

let boardId: string;
let idOf: Map<string, string>;

test.beforeEach(async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
  boardId = await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16, 22);
  idOf = new Map((await storedPeople(page, boardId)).map((p) => [p.displayName, p.id]));
  expect(idOf.size).toBe(16);
});

const isShown = (page: Page, id: string) =>
  page.evaluate((i) => window.__pp?.isDrawnVisible(i) ?? false, id);

/** Waits until exactly the named people are left undrawn; everyone else is drawn. */
async function expectHiddenPeople(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) expect(idOf.has(name), `${name} is on the board`).toBe(true);
  await expect
    .poll(async () => {
      const hidden: string[] = [];
      for (const [name, id] of idOf) if (!(await isShown(page, id))) hidden.push(name);
      return hidden.sort();
    })
    .toEqual([...names].sort());
}

async function associationBetween(page: Page, from: string, to: string) {
  const all = await storedRecords<StoredAssociation>(page, 'associations');
  const found = all.find(
    (a) => a.boardId === boardId && a.fromId === idOf.get(from) && a.toId === idOf.get(to),
  );
  if (!found) throw new Error(`no association from ${from} to ${to}`);
  return found;
}

async function expectAssociationShown(page: Page, from: string, to: string, shown: boolean) {
  const { id } = await associationBetween(page, from, to);
  await expect.poll(() => isShown(page, id), { message: `${from} → ${to} drawn` }).toBe(shown);
}

const indicator = (page: Page) => canvasWrap(page).locator('.hidden-indicator-slot[role=status]');
/** The indicator's words, without its Clear button. */
const said = (page: Page) => indicator(page).locator('p > span');

async function openFilters(page: Page) {
  const button = toolbarButton(page, /^Filters$/);
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Filters' });
  await expect(panel).toBeVisible();
  return panel;
}

const checkbox = (panel: ReturnType<Page['getByRole']>, set: string, name: string) =>
  panel.getByRole('group', { name: set }).getByRole('checkbox', { name, exact: true });

async function clearAndExpectEverything(page: Page) {
  await indicator(page).getByRole('button', { name: 'Clear' }).click();
  await expect(indicator(page)).toHaveText('');
  await expectHiddenPeople(page, []);
  await expect(canvasWrap(page).locator('.network-canvas')).toHaveAttribute(
    'data-hidden-drawn',
    '0',
  );
}

test('a kind of association and a confidence hide lines, not people; Clear restores them', async ({
  page,
}) => {
  const panel = await openFilters(page);
  await checkbox(panel, 'Kinds of association', 'Exploitation').uncheck();
  await expect(said(page)).toHaveText('3 associations hidden by filters');
  await expectHiddenPeople(page, []);
  await expectAssociationShown(page, 'Adult known as "Dee"', 'Kyle Brennan', false);
  await expectAssociationShown(page, 'Kyle Brennan', 'Tyler Marsh', true);

  // Suspected: Dee → Kyle (already hidden), Callum → Shannon, Amira → Dee, Tyler → Callum.
  await checkbox(panel, 'How sure', 'Suspected').uncheck();
  await expect(indicator(page)).toContainText('6 associations hidden by filters');
  await expectAssociationShown(page, 'Tyler Marsh', 'Callum Reid', false);
  await page.screenshot({ path: 'test-results/filters-panel.png' });

  await clearAndExpectEverything(page);
  await expectAssociationShown(page, 'Adult known as "Dee"', 'Kyle Brennan', true);
  await expect(checkbox(panel, 'Kinds of association', 'Exploitation')).toBeChecked();

  // A line hidden both with its person and for its kind stays hidden when the person comes back.
  await checkbox(panel, 'Kinds of person', 'Adult of concern').uncheck();
  await checkbox(panel, 'Kinds of association', 'Exploitation').uncheck();
  await expectHiddenPeople(page, ['Adult known as "Dee"', 'Lee Rowntree']);
  await checkbox(panel, 'Kinds of person', 'Adult of concern').check();
  await expectHiddenPeople(page, []);
  await expect(said(page)).toHaveText('3 associations hidden by filters');
  await expectAssociationShown(page, 'Adult known as "Dee"', 'Kyle Brennan', false);
  await expectAssociationShown(page, 'Lee Rowntree', 'Jayden Okoro', false);
  await expectAssociationShown(page, 'Lee Rowntree', 'Callum Reid', true);
});

test('kinds of person, lead agencies and groups hide people with their associations', async ({
  page,
}) => {
  const panel = await openFilters(page);
  await checkbox(panel, 'Kinds of person', 'Professional').uncheck();
  await expect(indicator(page)).toContainText('2 people and 3 associations hidden by filters');
  await expectHiddenPeople(page, ['Marcus Bell (youth worker)', 'Helen Ortiz (head of year)']);
  await expectAssociationShown(page, 'Marcus Bell (youth worker)', 'Jayden Okoro', false);
  await clearAndExpectEverything(page);

  await expect(checkbox(panel, 'Lead agency', 'No lead agency')).toBeChecked();
  await checkbox(panel, 'Lead agency', 'Police').uncheck();
  await expect(indicator(page)).toContainText('2 people and 5 associations hidden by filters');
  await expectHiddenPeople(page, ['Adult known as "Dee"', 'Lee Rowntree']);
  await clearAndExpectEverything(page);

  await checkbox(panel, 'Only members of', 'Year 10 friendship group').check();
  await expect(indicator(page)).toContainText('10 people and 16 associations hidden by filters');
  const year10 = ['Priya Sharma', 'Ethan Walsh', 'Chloe Nwosu', 'Dylan Evans', 'Zara Ahmed'];
  await expectHiddenPeople(
    page,
    [...idOf.keys()].filter((n) => ![...year10, 'Amira Hussain'].includes(n)),
  );
  await clearAndExpectEverything(page);
});

test('a date range keeps associations reported within it, and Escape closes the panel', async ({
  page,
}) => {
  // The training board's dates move with today, so the range is read from the board itself:
  // Kyle → Callum was last reported on the 12th of the last month of the scenario.
  const { lastReported } = await associationBetween(page, 'Kyle Brennan', 'Callum Reid');
  expect(lastReported).not.toBeNull();
  const panel = await openFilters(page);
  await panel
    .getByRole('group', { name: 'Reported between' })
    .getByLabel('From')
    .fill(lastReported!);
  await expect(indicator(page)).toContainText('15 associations hidden by filters');
  await expectAssociationShown(page, 'Kyle Brennan', 'Callum Reid', true);
  await expectAssociationShown(page, 'Adult known as "Dee"', 'Kyle Brennan', false);
  await expectHiddenPeople(page, []);

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toolbarButton(page, /^Filters$/)).toBeFocused();
  await expect(toolbarButton(page, /^Filters$/)).toHaveAttribute('aria-expanded', 'false');
  // Closing the panel keeps the filter.
  await expect(indicator(page)).toContainText('15 associations hidden by filters');
  await clearAndExpectEverything(page);
});

test('focus shows the selected person’s network at 1 and 2 steps; F steps through', async ({
  page,
}) => {
  await selectInList(page, ['Kyle Brennan']);
  const focus = page.getByRole('group', { name: 'Focus on the selection' });
  await focus.getByRole('button', { name: '1 step', exact: true }).click();
  await expect(said(page)).toHaveText(
    'Showing 1 step from Kyle Brennan · 11 people and 17 associations hidden by filters',
  );
  const oneStep = [
    'Kyle Brennan',
    'Tyler Marsh',
    'Callum Reid',
    'Adult known as "Dee"',
    'Mason Brennan',
  ];
  await expectHiddenPeople(
    page,
    [...idOf.keys()].filter((n) => !oneStep.includes(n)),
  );

  await page.keyboard.press('f');
  await expect(focus.getByRole('button', { name: '2 steps' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(indicator(page)).toContainText(
    'Showing 2 steps from Kyle Brennan · 7 people and 9 associations hidden by filters',
  );
  const twoSteps = [...oneStep, 'Amira Hussain', 'Jayden Okoro', 'Lee Rowntree', 'Shannon Doyle'];
  await expectHiddenPeople(
    page,
    [...idOf.keys()].filter((n) => !twoSteps.includes(n)),
  );

  // 3 steps, then the whole board again.
  await page.keyboard.press('f');
  await expect(indicator(page)).toContainText('5 people and 6 associations hidden by filters');
  await page.keyboard.press('f');
  await expect(indicator(page)).toHaveText('');
  await expectHiddenPeople(page, []);
});

test('a filter that hides everyone says so and offers Clear', async ({ page }) => {
  const panel = await openFilters(page);
  for (const kind of ['Young person', 'Adult of concern', 'Professional'])
    await checkbox(panel, 'Kinds of person', kind).uncheck();
  await expect(said(page)).toHaveText('Everything is hidden by the filters.');
  await expectHiddenPeople(page, [...idOf.keys()]);
  await page.screenshot({ path: 'test-results/filters-everything-hidden.png' });
  await clearAndExpectEverything(page);
  await expect(checkbox(panel, 'Kinds of person', 'Young person')).toBeChecked();
});
