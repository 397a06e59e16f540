// Renders the app's PNG icons with the system Chromium (no network, no image library):
// `node scripts/render-icons.mjs`. From scripts/icon.svg and scripts/icon-maskable.svg (the same
// mark, full bleed). Both are sources only, never served: no SVG is served from the app's origin
// (README "Security"), so the tab's icon is the 192 PNG. The PNGs are
// committed; run this again only when either SVG changes.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../tests/chromium.mjs';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const mark = fileURLToPath(new URL('./icon.svg', import.meta.url));
const maskable = fileURLToPath(new URL('./icon-maskable.svg', import.meta.url));

const icons = [
  { from: mark, to: 'icon-192.png', size: 192 },
  { from: mark, to: 'icon-512.png', size: 512 },
  { from: maskable, to: 'icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const { from, to, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(from, 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>` +
        `<img src="${src}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    // The rounded icon keeps its transparent corners; the maskable one fills the square.
    writeFileSync(publicDir + to, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`${to}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
