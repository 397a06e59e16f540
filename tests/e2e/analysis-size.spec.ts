import { expect, test, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  backToBoards,
  headerButton,
  headerTool,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import {
  linkByKeyboard,
  personIdByName,
  storedPeople,
  storedRecords,
  toolbarButton,
  waitForDrawn,
  waitForTestApi,
} from './pages/board';

const SIZE_KEY = 'Size: bridges between groups, based only on the associations recorded here';

/** A person's node as drawn: its width in model units ("44px" is the usual node). */
const widthOf = (page: Page, id: string) =>
  page.evaluate((personId) => window.__pp!.nodeStyle(personId, 'width'), id);

async function openAnalysis(page: Page) {
  await (await headerTool(page, 'Analysis')).click();
  // Opened from the header's "More" (at this width): close it, as it covers the toolbar.
  const more = page.getByRole('button', { name: 'More board tools' });
  if ((await more.getAttribute('aria-expanded')) === 'true') {
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
  }
  const panel = page.getByRole('region', { name: 'Network analysis' });
  await expect(panel.getByRole('region', { name: 'Who bridges groups' })).toBeVisible();
  return panel;
}

/** The name at the top of the "Who bridges groups" card, and their id. */
async function topBridge(page: Page, boardId: string) {
  const card = page.getByRole('region', { name: 'Who bridges groups' });
  const name = (await card.getByRole('listitem').first().getByRole('button').textContent())!;
  return { name: name.trim(), id: await personIdByName(page, boardId, name.trim()) };
}

/** Someone with one association only: nobody's chain runs through them. */
async function aLeaf(page: Page, boardId: string): Promise<string> {
  const links = (
    await storedRecords<{ boardId: string; fromId: string; toId: string }>(page, 'associations')
  ).filter((a) => a.boardId === boardId);
  const degree = new Map<string, number>();
  for (const a of links)
    for (const id of [a.fromId, a.toId]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const leaf = [...degree].find(([, d]) => d === 1);
  if (!leaf) throw new Error('the training board has nobody with one link');
  return leaf[0];
}

type Stored = Record<string, { x: number; y: number }>;

async function storedPositions(page: Page, boardId: string): Promise<Stored> {
  const rows = await storedRecords<{ boardId: string; nodeId: string; x: number; y: number }>(
    page,
    'positions',
  );
  const people = new Set(
    (await storedRecords<{ id: string; boardId: string }>(page, 'people'))
      .filter((p) => p.boardId === boardId)
      .map((p) => p.id),
  );
  return Object.fromEntries(
    rows.filter((r) => people.has(r.nodeId)).map((r) => [r.nodeId, { x: r.x, y: r.y }]),
  );
}

test.describe('sizing people and concentric layouts by a measure', () => {
  test('size people by bridges: the top bridge is drawn larger than a leaf, the key says what size means, nothing is saved', async ({
    page,
  }) => {
    await start(page);
    await addTrainingBoard(page);
    const boardId = await openBoard(page, TRAINING_TITLE);
    await waitForDrawn(page, 16);
    const panel = await openAnalysis(page);
    const top = await topBridge(page, boardId);
    const leaf = await aLeaf(page, boardId);
    expect(await widthOf(page, top.id)).toBe('44px');

    await panel.getByLabel('Size people by').selectOption({ label: 'Bridges between groups' });
    await expect(
      page.locator('.canvas-wrap').getByRole('status').filter({ hasText: SIZE_KEY }),
    ).toBeVisible();
    await expect.poll(() => widthOf(page, top.id)).toBe('104px');
    expect(await widthOf(page, leaf)).toBe('44px');
    // View state only: no undo step.
    await expect(headerButton(page, 'Undo')).toBeDisabled();
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => widthOf(page, top.id)).toBe('104px');
      await page.screenshot({ path: `test-results/analysis-size-${width}.png` });
    }

    // The panel can close: the sizes stay while the board is open.
    await panel.getByRole('button', { name: 'Close network analysis' }).click();
    expect(await widthOf(page, top.id)).toBe('104px');
    await expect(page.getByText(SIZE_KEY)).toBeVisible();

    // None puts everyone back to the same size.
    const again = await openAnalysis(page);
    await again.getByLabel('Size people by').selectOption({ label: 'None (everyone the same)' });
    await expect.poll(() => widthOf(page, top.id)).toBe('44px');
    await expect(page.getByText(SIZE_KEY)).toHaveCount(0);

    // Sized again, then leaving the board forgets it.
    await again.getByLabel('Size people by').selectOption({ label: 'Number of links' });
    await expect(page.getByText(/^Size: number of links/)).toBeVisible();
    await expect.poll(() => widthOf(page, top.id)).not.toBe('44px');

    // With the panel closed, an edit still resizes: the leaf linked to someone new grows.
    await again.getByRole('button', { name: 'Close network analysis' }).click();
    const leafWidth = parseFloat((await widthOf(page, leaf)) ?? '');
    const people = await storedPeople(page, boardId);
    const linked = (
      await storedRecords<{ fromId: string; toId: string }>(page, 'associations')
    ).flatMap((a) => (a.fromId === leaf ? [a.toId] : a.toId === leaf ? [a.fromId] : []));
    const leafName = people.find((p) => p.id === leaf)!.displayName;
    const stranger = people.find((p) => p.id !== leaf && !linked.includes(p.id))!.displayName;
    await linkByKeyboard(page, leafName, stranger);
    await expect
      .poll(async () => parseFloat((await widthOf(page, leaf)) ?? ''))
      .toBeGreaterThan(leafWidth);
    await backToBoards(page);
    await openBoard(page, TRAINING_TITLE);
    await waitForDrawn(page, 16);
    await expect(page.getByText(/^Size: /)).toHaveCount(0);
    expect(await widthOf(page, top.id)).toBe('44px');
  });

  test('concentric by bridges puts the top bridge in the middle; one undo puts everyone back', async ({
    page,
  }) => {
    await start(page);
    await addTrainingBoard(page);
    const boardId = await openBoard(page, TRAINING_TITLE);
    await waitForDrawn(page, 16);
    await openAnalysis(page);
    const top = await topBridge(page, boardId);
    const before = await storedPositions(page, boardId);

    await toolbarButton(page, 'Layout').click();
    await page
      .getByRole('menuitem', { name: 'Concentric by bridges between groups', exact: true })
      .click();
    await expect(headerButton(page, 'Undo')).toHaveAttribute(
      'title',
      'Undo “Lay out (concentric by bridges between groups)” (Ctrl+Z)',
    );
    const after = await storedPositions(page, boardId);
    const middle = after[top.id]!;
    const others = Object.entries(after).filter(([id]) => id !== top.id);
    // Rings round the top bridge: everyone else at least a ring's gap away, spread all round.
    for (const [, p] of others)
      expect(Math.hypot(p.x - middle.x, p.y - middle.y)).toBeGreaterThan(100);
    const mean = {
      x: others.reduce((s, [, p]) => s + p.x, 0) / others.length,
      y: others.reduce((s, [, p]) => s + p.y, 0) / others.length,
    };
    expect(Math.hypot(mean.x - middle.x, mean.y - middle.y)).toBeLessThan(40);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `test-results/analysis-concentric-${width}.png` });
    }

    await headerButton(page, 'Undo').click();
    await expect(headerButton(page, 'Undo')).toBeDisabled();
    await expect.poll(() => storedPositions(page, boardId)).toEqual(before);
  });

  test('the presenter screen draws people sized as the chair sized them, with the key, and names still safe', async ({
    page,
    context,
  }) => {
    await start(page);
    await addTrainingBoard(page);
    const boardId = await openBoard(page, TRAINING_TITLE);
    await waitForDrawn(page, 16);
    const opened = context.waitForEvent('page');
    await (await headerTool(page, 'Open presenter screen')).click();
    const presenter = await opened;
    await waitForTestApi(presenter);
    await waitForDrawn(presenter, 16);
    const more = page.getByRole('button', { name: 'More board tools' });
    if ((await more.getAttribute('aria-expanded')) === 'true') await more.click();

    const panel = await openAnalysis(page);
    const top = await topBridge(page, boardId);
    await panel.getByLabel('Size people by').selectOption({ label: 'Bridges between groups' });
    await expect.poll(() => widthOf(presenter, top.id)).toBe('104px');
    await expect(presenter.getByText(SIZE_KEY)).toBeVisible();
    // Presenter-safe as ever: the projector shows the top bridge's initials, not their name.
    const label = await presenter.evaluate((id) => window.__pp!.nodeLabel(id), top.id);
    expect(label).not.toBe(top.name);
    expect(top.name).toContain(label!.replace(/\W/g, '').slice(0, 1));
    await presenter.setViewportSize({ width: 1366, height: 768 });
    await presenter.screenshot({ path: 'test-results/analysis-size-presenter.png' });

    await panel.getByLabel('Size people by').selectOption({ label: 'None (everyone the same)' });
    await expect.poll(() => widthOf(presenter, top.id)).toBe('44px');
    await expect(presenter.getByText(SIZE_KEY)).toHaveCount(0);
  });
});
