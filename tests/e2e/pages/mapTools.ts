import type { Locator, Page } from '@playwright/test';

/** The map's toolbar: one row, with what does not fit folded under "More map tools". */

export const mapTools = (page: Page): Locator => page.getByRole('toolbar', { name: 'Map tools' });

export const MORE_MAP_TOOLS = 'More map tools';

/** The More panel of the map's toolbar (shown only while open). */
export const foldedMapTools = (page: Page): Locator =>
  mapTools(page).getByRole('group', { name: MORE_MAP_TOOLS });

/**
 * A control of the map's toolbar, from its row or, when it has folded there for want of room (the
 * map beside the network on a laptop), from the toolbar's More panel, opened first as a person
 * would. `role` is "group" for the "Show incidents as" choice.
 */
export async function mapTool(
  page: Page,
  name: string | RegExp,
  role: 'button' | 'group' = 'button',
): Promise<Locator> {
  const exact = typeof name === 'string' ? { exact: true } : {};
  const onRow = mapTools(page).getByRole(role, { name, ...exact });
  if (await onRow.first().isVisible()) return onRow;
  const more = mapTools(page).getByRole('button', { name: MORE_MAP_TOOLS });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  return foldedMapTools(page).getByRole(role, { name, ...exact });
}
