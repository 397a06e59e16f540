import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addTrainingBoard, messages, openBoard, start, TRAINING_TITLE } from './pages/app';
import { toolbarButton, waitForDrawn } from './pages/board';

/**
 * Exporting the training board's network as PNG and SVG through the toolbar's Export menu, with the
 * real mouse and keyboard. The downloaded files themselves are checked: a PNG big enough to project
 * and not blank; an SVG that under presenter-safe carries initials and no name.
 */

interface FixturePerson {
  displayName: string;
  fullName: string;
  initials: string;
}
const fixture = JSON.parse(readFileSync('fixtures/training-board.json', 'utf8')) as {
  tables: { people: FixturePerson[] };
};
const trainingPeople = fixture.tables.people;

const FILE_NAME =
  /^Training-Harrowfield-peer-group-mapping-fictional-network-\d{4}-\d{2}-\d{2}\.(png|svg)$/;

test.beforeEach(async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16, 22);
});

const exportButton = (page: Page) => toolbarButton(page, 'Export');
const exportMenu = (page: Page) => page.getByRole('menu', { name: 'Export the board as' });

/** Chooses an item of the Export menu with the mouse and returns the downloaded file. */
async function exportAs(page: Page, item: 'PNG image' | 'SVG image') {
  await exportButton(page).click();
  await expect(exportButton(page)).toHaveAttribute('aria-expanded', 'true');
  const downloading = page.waitForEvent('download');
  await exportMenu(page).getByRole('menuitem', { name: item }).click();
  const download = await downloading;
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The words drawn in an SVG file, one entry per text element. */
const textsOf = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));

test('exports a PNG of the network big enough to project, and says so', async ({ page }, info) => {
  const { name, bytes } = await exportAs(page, 'PNG image');
  expect(name).toMatch(FILE_NAME);
  expect(name.endsWith('.png')).toBe(true);
  // PNG signature, then the IHDR chunk with the width and height.
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(1600);
  expect(height).toBeGreaterThanOrEqual(1000);
  // A blank white image of this size compresses to a few kilobytes.
  expect(bytes.length).toBeGreaterThan(20_000);
  await info.attach('network.png', { body: bytes, contentType: 'image/png' });
  await expect(messages(page)).toContainText('Exported the network as a PNG image (full names).');
  await expect(exportMenu(page)).toHaveCount(0);
  await expect(exportButton(page)).toBeFocused();
});

test('the PNG shows the same drawing as the SVG, pixel for pixel within anti-aliasing', async ({
  page,
}) => {
  const png = await exportAs(page, 'PNG image');
  const svg = await exportAs(page, 'SVG image');
  // Both drawn at the PNG's size in the page (the SVG by the browser's own SVG renderer), then
  // compared: the PNG is painted from the same drawing in a worker, so they must agree.
  const result = await page.evaluate(
    async ([pngBase64, svgText]) => {
      const load = async (blob: Blob) => {
        const image = new Image();
        image.src = URL.createObjectURL(blob);
        await image.decode();
        return image;
      };
      const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
      const pngImage = await load(new Blob([bytes], { type: 'image/png' }));
      const svgImage = await load(new Blob([svgText], { type: 'image/svg+xml' }));
      const { naturalWidth: w, naturalHeight: h } = pngImage;
      const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = w;
        canvas.height = h;
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, w, h);
        context.drawImage(image, 0, 0, w, h);
        return context.getImageData(0, 0, w, h).data;
      };
      const a = pixels(pngImage);
      const b = pixels(svgImage);
      let inked = 0;
      let differ = 0;
      for (let i = 0; i < a.length; i += 4) {
        const dark = Math.min(a[i]!, a[i + 1]!, a[i + 2]!) < 200;
        if (dark) inked++;
        const d = Math.max(
          Math.abs(a[i]! - b[i]!),
          Math.abs(a[i + 1]! - b[i + 1]!),
          Math.abs(a[i + 2]! - b[i + 2]!),
        );
        if (d > 64) differ++;
      }
      return { inked, differ, pixels: a.length / 4, svgWidth: svgImage.naturalWidth, w };
    },
    [png.bytes.toString('base64'), svg.bytes.toString('utf8')] as const,
  );
  expect(result.w).toBe(result.svgWidth * 2);
  // Something is drawn (names, lines, the legend), and hardly any pixel differs.
  expect(result.inked).toBeGreaterThan(result.pixels * 0.01);
  expect(result.differ).toBeLessThan(result.inked * 0.05);
});

test('the Export menu works from the keyboard; Escape closes it', async ({ page }) => {
  const button = exportButton(page);
  await button.focus();
  await page.keyboard.press('Enter');
  const png = exportMenu(page).getByRole('menuitem', { name: 'PNG image' });
  const svg = exportMenu(page).getByRole('menuitem', { name: 'SVG image' });
  const last = exportMenu(page).getByRole('menuitem').last();
  await expect(png).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(svg).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(last).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(png).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(exportMenu(page)).toHaveCount(0);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(png).toBeFocused();
  await page.keyboard.press('End');
  await expect(last).toBeFocused();
  await page.keyboard.press('Home');
  await expect(png).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(svg).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/\.svg$/);
});

test('a presenter-safe SVG carries initials, the title and the marking, and no names', async ({
  page,
}, info) => {
  const safe = toolbarButton(page, /^Presenter-safe/);
  await safe.click();
  await expect(safe).toHaveAttribute('aria-pressed', 'true');
  const { name, bytes } = await exportAs(page, 'SVG image');
  expect(name).toMatch(FILE_NAME);
  const svg = bytes.toString('utf8');
  await info.attach('network.svg', { body: bytes, contentType: 'image/svg+xml' });
  const texts = textsOf(svg);
  const words = texts.join('\n');

  expect(trainingPeople).toHaveLength(16);
  for (const p of trainingPeople) {
    for (const full of [p.displayName, p.fullName].filter((n) => n.trim().length > 1)) {
      expect(words, `${full} is not in the image`).not.toContain(full);
      expect(svg).not.toContain(full);
    }
    expect(texts, `${p.initials} is drawn`).toContain(p.initials);
  }
  expect(texts).toContain(TRAINING_TITLE);
  expect(texts.filter((t) => t === 'OFFICIAL-SENSITIVE')).toHaveLength(2);
  expect(words).toMatch(/· Names: initials \(presenter-safe\)/);
  expect(words).toContain('Recorded associations are information');
  await expect(messages(page)).toContainText('(names as initials: presenter-safe)');
});

test('an SVG exported with a filter leaves the filtered people out', async ({ page }) => {
  const filters = toolbarButton(page, /^Filters$/);
  await filters.click();
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('group', { name: 'Kinds of person' })
    .getByRole('checkbox', { name: 'Professional', exact: true })
    .uncheck();
  await page.keyboard.press('Escape');
  await expect(filters).toHaveAttribute('aria-expanded', 'false');

  const texts = textsOf((await exportAs(page, 'SVG image')).bytes.toString('utf8'));
  const words = texts.join('\n');
  // Labels are cut as on screen ("Marcus Bell (yout…"), so the start of each name is looked for.
  expect(words).not.toContain('Marcus Bell');
  expect(words).not.toContain('Helen Ortiz');
  for (const shown of ['Kyle Brennan', 'Amira Hussain', 'Priya Sharma'])
    expect(texts).toContain(shown);
  expect(words).toContain(
    'Shows 14 people and 19 associations; filters hide 2 people and 3 associations.',
  );
});
