import { expect, test, type Page } from '@playwright/test';
import { createBoard, messages, start } from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  drag,
  positionOf,
  storedRecords,
  waitForTestApi,
  type Point,
} from './pages/board';

/** Notes pinned on the diagram: A, typed inline; moved, edited and deleted; all undoable. */

interface StoredNote {
  id: string;
  text: string;
  attachedTo: { kind: string; id: string } | null;
  position: Point;
}

const notes = (page: Page) => storedRecords<StoredNote>(page, 'annotations');
const noteLabel = (page: Page, id: string) =>
  page.evaluate((id) => window.__pp?.nodeLabel(id) ?? null, id);

async function boardWithAyo(page: Page): Promise<{ boardId: string; ayo: string }> {
  await start(page);
  const boardId = await createBoard(page, { title: 'Notes board' });
  await waitForTestApi(page);
  await canvas(page).focus();
  const ayo = await addPersonByKeyboard(page, boardId, 'Ayo');
  return { boardId, ayo };
}

async function typeNote(page: Page, label: string | RegExp, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label });
  await expect(box).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
}

test('a note pinned to a person moves with them, is edited, deleted and undone', async ({
  page,
}) => {
  const { ayo } = await boardWithAyo(page);
  // Ayo is selected (just added): A pins the note to them.
  await page.keyboard.press('a');
  await typeNote(page, 'New note about Ayo', 'Seen at <b>the park</b> on Fridays');
  const [note] = await notes(page);
  expect(note).toMatchObject({
    text: 'Seen at <b>the park</b> on Fridays',
    attachedTo: { kind: 'person', id: ayo },
  });
  await expect.poll(() => noteLabel(page, note!.id)).toBe('Seen at <b>the park</b> on Fridays');

  // Dragging Ayo takes the note along, by the same distance.
  const ayoAt = await positionOf(page, ayo);
  const noteAt = await positionOf(page, note!.id);
  await drag(page, ayoAt, { x: ayoAt.x - 150, y: ayoAt.y + 90 });
  await expect
    .poll(async () => {
      const n = await positionOf(page, note!.id);
      return [Math.round(n.x - noteAt.x), Math.round(n.y - noteAt.y)];
    })
    .toEqual([-150, 90]);
  // Only Ayo's position was stored: the note keeps its offset from them.
  expect((await notes(page))[0]!.position).toEqual(note!.position);

  // Double-click the note to edit it; Enter saves, Ctrl+Z takes the edit back.
  const at = await positionOf(page, note!.id);
  await page.mouse.dblclick(at.x, at.y);
  const box = page.getByRole('textbox', { name: 'Edit note' });
  await expect(box).toHaveValue('Seen at <b>the park</b> on Fridays');
  await box.fill('Seen at Kestrel Park on Fridays after school');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => noteLabel(page, note!.id))
    .toBe('Seen at Kestrel Park on Fridays after school');
  await canvas(page).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => noteLabel(page, note!.id)).toBe('Seen at <b>the park</b> on Fridays');

  // The note is selected after the double-click: Delete removes it, Ctrl+Z brings it back.
  await page.mouse.click(at.x, at.y);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await notes(page)).length).toBe(0);
  await expect.poll(() => noteLabel(page, note!.id)).toBeNull();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await notes(page)).length).toBe(1);
  await expect.poll(() => noteLabel(page, note!.id)).not.toBeNull();
});

test('a free note is dragged to a new place, and an empty note is not kept', async ({ page }) => {
  await boardWithAyo(page);
  await page.keyboard.press('Escape'); // nothing selected: the note goes mid-view
  await page.keyboard.press('a');
  await typeNote(page, 'New note', 'Agenda: agree who visits the parade');
  const [note] = await notes(page);
  expect(note!.attachedTo).toBeNull();

  const from = await positionOf(page, note!.id);
  await drag(page, from, { x: from.x + 120, y: from.y - 60 });
  await expect
    .poll(async () => {
      const n = (await notes(page))[0]!.position;
      return [Math.round(n.x - note!.position.x), Math.round(n.y - note!.position.y)];
    })
    .toEqual([120, -60]);
  await canvas(page).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await notes(page))[0]!.position).toEqual(note!.position);

  // An empty note is discarded, with a message; nothing is stored.
  await page.keyboard.press('Escape');
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await expect(messages(page).getByText('The note was empty, so it was not added.')).toBeVisible();
  expect(await notes(page)).toHaveLength(1);
});

test('a note is picked from the Notes list with the keyboard, edited with F2 and deleted', async ({
  page,
}) => {
  await boardWithAyo(page);
  await page.keyboard.press('a');
  await typeNote(page, 'New note about Ayo', 'Lives near the parade');
  const [note] = await notes(page);
  await canvas(page).focus();
  await page.keyboard.press('Escape');

  const item = page
    .getByRole('navigation', { name: 'Notes on this board' })
    .getByRole('button', { name: 'Lives near the parade' });
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('F2');
  const box = page.getByRole('textbox', { name: 'Edit note' });
  await expect(box).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (moved in June)');
  await page.keyboard.press('Enter');
  await expect.poll(() => noteLabel(page, note!.id)).toBe('Lives near the parade (moved in June)');

  await page
    .getByRole('navigation', { name: 'Notes on this board' })
    .getByRole('button', { name: /Lives near the parade/ })
    .focus();
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await notes(page)).length).toBe(0);
});
