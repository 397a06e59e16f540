import { expect, test, type Page } from '@playwright/test';
import { addTrainingBoard, headerTool, openBoard, start, TRAINING_TITLE } from './pages/app';
import { personOption, personPanel, waitForDrawn, waitForTestApi } from './pages/board';

/**
 * axe-core over every screen a meeting uses: the board list, a board in each view, meeting mode and
 * the meeting pack. No serious or critical violation is allowed; each one found is listed by rule,
 * element and what axe says is wrong, so a failure says what to fix.
 */

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

declare global {
  interface Window {
    axe?: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
  }
}

const AXE = 'node_modules/axe-core/axe.min.js';

// The app's Content-Security-Policy allows only its own scripts; axe is injected inline by the test
// (never shipped), so this browser context alone lets it in.
test.use({ bypassCSP: true });

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => window.axe !== undefined)))
    await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(() =>
    window.axe!.run(document, { resultTypes: ['violations'] }),
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`,
      ),
    );
}

async function expectNoSerious(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), `serious or critical violations on ${screen}`).toEqual([]);
}

test('axe: the board list, each view, meeting mode and the meeting pack', async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
  await expectNoSerious(page, 'the board list');

  await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);
  await expectNoSerious(page, 'the Network view');

  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  await expect(page.locator('.leaflet-container')).toBeVisible();
  await expectNoSerious(page, 'the Network and map view');

  // The map's tools folded under its More (the map is narrow beside the network), panel open.
  const mapMore = page
    .getByRole('toolbar', { name: 'Map tools' })
    .getByRole('button', { name: 'More map tools' });
  await mapMore.click();
  await expect(page.getByRole('group', { name: 'More map tools' })).toBeVisible();
  await expectNoSerious(page, "the map toolbar's More panel");
  await mapMore.click();

  // A person selected: the places not linked to them fade on the map, their names still legible.
  await personOption(page, 'Kyle Brennan').click();
  await expect(personPanel(page, 'Kyle Brennan')).toBeVisible();
  await page.screenshot({ path: 'test-results/accessibility-faded-places.png' });
  await expectNoSerious(page, 'the map with faded places');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.locator('.canvas-wrap')).toBeHidden();
  await expectNoSerious(page, 'the Map view');

  await page.getByRole('button', { name: 'Network', exact: true }).click();
  await (await headerTool(page, 'Start meeting')).click();
  const dialog = page.getByRole('dialog', { name: 'Start meeting' });
  await dialog.getByLabel('Attendee 1 name').fill('Jo Hartley');
  await dialog.getByLabel('Attendee 1 agency').fill('Community safety');
  await dialog.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('region', { name: 'Meeting in progress' })).toBeVisible();
  await expectNoSerious(page, 'meeting mode');

  await (await headerTool(page, 'Meeting pack')).click();
  await expect(page.getByRole('article', { name: 'Meeting pack' })).toHaveAttribute(
    'data-pack-ready',
    'true',
  );
  await expectNoSerious(page, 'the meeting pack');
});
