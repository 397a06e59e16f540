// timeBarFrameP95Ms: on the seeded board of 2,000 people, 6,000 associations (nine in ten dated),
// 500 places and 10,000 incidents, with the network and the map side by side and the time bar open,
// the time bar's thumbs dragged across with the real mouse (an input event every frame): To from
// the end to a third of the way and back, then From to the middle and back. Each move filters the
// diagram's associations and the map's incidents. An in-page requestAnimationFrame loop records the
// frame-to-frame intervals from the first move until the map shows every incident again after the
// last (and half a second more); the metric is their 95th percentile.
// While a thumb moves, the bar's own dates, counts and grid follow every event; the diagram and the
// map are filtered when it is let go (each costs Cytoscape a redraw of 6,000 lines).
import { percentile, withTimeout } from '../lib/stats.mjs';

const STEP_MS = 16; // one input event per frame at 60 Hz
const DRAG_STEPS = 60; // about a second per drag

/** Presses the mouse at `from`, moves it to `to` one event per frame, and lets go. */
async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= DRAG_STEPS; i++) {
    const t0 = Date.now();
    const f = i / DRAG_STEPS;
    await page.mouse.move(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f);
    const left = STEP_MS - (Date.now() - t0);
    if (left > 0) await page.waitForTimeout(left);
  }
  await page.mouse.up();
}

/** A header button, on its row or in the header's More panel. */
async function headerButton(page, name) {
  const header = page.locator('header.app-header');
  const onRow = header.getByRole('button', { name, exact: true });
  if (await onRow.isVisible()) return onRow;
  await header.getByRole('button', { name: 'More board tools' }).click();
  return header
    .getByRole('group', { name: 'More board tools' })
    .getByRole('button', { name, exact: true });
}

const incidentsShown = (page) =>
  page.locator('.map-canvas').getAttribute('data-incidents-shown').then(Number);

export default {
  metrics: { timeBarFrameP95Ms: { max: 50, unit: 'ms' } },
  async run(ctx) {
    const id = await ctx.seededMapBoard(5, 2000, 6000, { places: 500, incidents: 10000 });
    await ctx.signedIn();
    const page = await ctx.newPage();
    try {
      await ctx.open(page, `#/board/${encodeURIComponent(id)}`);
      await ctx.waitForDrawn(page, id, 2000, 120_000);
      await page
        .getByRole('group', { name: 'Views' })
        .getByRole('button', { name: 'Network and map', exact: true })
        .click();
      await page.waitForFunction(
        () =>
          Number(document.querySelector('.map-canvas')?.getAttribute('data-incidents-shown')) > 0,
        null,
        { timeout: 120_000 },
      );
      const all = await incidentsShown(page);
      await (await headerButton(page, 'Time bar')).click();
      const bar = page.getByRole('region', { name: 'Time bar' });
      await bar.getByRole('slider', { name: 'To' }).waitFor();
      await page.keyboard.press('Escape'); // the header's More panel, if the toggle was in it
      await ctx.settle(page, 1000);

      const toBox = await bar.getByRole('slider', { name: 'To' }).boundingBox();
      const fromBox = await bar.getByRole('slider', { name: 'From' }).boundingBox();
      if (!toBox || !fromBox) throw new Error('the time bar’s thumbs are not on screen');
      // Chromium's range thumb is about 16 px wide, its middle 8 px in from each end.
      const at = (box, f) => ({ x: box.x + 8 + (box.width - 16) * f, y: box.y + box.height / 2 });

      await page.evaluate(() => {
        const rec = { on: true, last: 0, gaps: [] };
        window.__timeBarFrames = rec;
        const tick = (now) => {
          if (!rec.on) return;
          if (rec.last) rec.gaps.push(now - rec.last);
          rec.last = now;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const t0 = Date.now();
      let narrowed = all;
      await withTimeout(
        (async () => {
          await drag(page, at(toBox, 1), at(toBox, 0.33));
          // Let go, the range reaches the map (and the diagram) in the next frames.
          await page.waitForFunction(
            (n) =>
              Number(document.querySelector('.map-canvas')?.getAttribute('data-incidents-shown')) <
              n,
            all,
            { timeout: 30_000 },
          );
          narrowed = await incidentsShown(page);
          await drag(page, at(toBox, 0.33), at(toBox, 1));
          await drag(page, at(fromBox, 0), at(fromBox, 0.5));
          await drag(page, at(fromBox, 0.5), at(fromBox, 0));
          // The frames of the last change count too: until the map shows every incident again.
          await page.waitForFunction(
            (n) =>
              Number(
                document.querySelector('.map-canvas')?.getAttribute('data-incidents-shown'),
              ) === n,
            all,
            { timeout: 30_000 },
          );
          await page.waitForTimeout(500);
        })(),
        120_000,
        'dragging the time bar',
      );
      const gestureMs = Date.now() - t0;
      const gaps = await page.evaluate(() => {
        window.__timeBarFrames.on = false;
        return window.__timeBarFrames.gaps;
      });
      if (!(narrowed < all))
        throw new Error(`the drag did not filter the map (${narrowed} of ${all} incidents shown)`);
      if (gaps.length < 20) throw new Error(`only ${gaps.length} frames recorded`);
      const p95 = percentile(gaps, 95);
      const over = (ms) => gaps.filter((g) => g > ms).length;
      ctx.log(
        `  map ${all} incidents, ${narrowed} with To a third of the way; ${gaps.length} frames in ` +
          `${(gestureMs / 1000).toFixed(1)} s: p50 ${percentile(gaps, 50).toFixed(1)} ms, ` +
          `p95 ${p95.toFixed(1)} ms, max ${Math.max(...gaps).toFixed(1)} ms; ${over(50)} frames over 50 ms`,
      );
      return { timeBarFrameP95Ms: p95 };
    } finally {
      await page.close();
    }
  },
};
