import { expect, test } from '@playwright/test';
import { addTrainingBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
import { toolbarButton, waitForDrawn } from './pages/board';

test.beforeEach(async ({ page }) => {
  await start(page);
});

test('the legend is shown over the diagram and hidden again from the toolbar', async ({ page }) => {
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16);
  const legend = page.getByRole('complementary', { name: 'Legend' });
  await expect(legend).toHaveCount(0);

  const button = toolbarButton(page, 'Legend');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(legend).toBeVisible();
  for (const words of [
    'Exploitation',
    'Protective / trusted',
    'Suspected',
    'Adult of concern',
    'Significant',
  ]) {
    await expect(legend.getByText(words, { exact: true })).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/legend.png' });

  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(legend).toHaveCount(0);
});
