import { expect, test } from '@playwright/test';
import { addTrainingBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
import { details, peopleList, personOption, waitForDrawn } from './pages/board';

test('a person is found by any form of their name and Enter selects them', async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16);
  const search = page.getByRole('searchbox', { name: 'Find a person' });

  // "Noor" is only in Amira Hussain's full name, not in the name shown.
  await search.fill('noor');
  await expect(page.getByRole('status').filter({ hasText: '1 of 16 shown' })).toBeVisible();
  await expect(peopleList(page).getByRole('option')).toHaveCount(1);
  await search.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Amira Hussain');

  await search.fill('zzzz');
  await expect(
    page.getByRole('status').filter({ hasText: 'No one matches “zzzz”.' }),
  ).toBeVisible();
  await expect(peopleList(page)).toHaveCount(0);

  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(peopleList(page).getByRole('option')).toHaveCount(16);
  await expect(personOption(page, 'Amira Hussain')).toHaveAttribute('aria-selected', 'true');
});
