import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waiting for something on screen to stop moving, counted in frames the page has drawn rather than
 * in milliseconds: Leaflet and Cytoscape animate frame by frame, so on a busy machine an animation
 * takes more time but the same number of frames, and a fixed pause can end half-way through it.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Resolves once the page has drawn `frames` more animation frames. */
export async function nextFrames(page: Page, frames = 1): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => {
          if (left === 0) resolve();
          else requestAnimationFrame(() => step(left - 1));
        };
        step(n);
      }),
    frames,
  );
}

const same = (a: Box | null, b: Box | null) =>
  !!a &&
  !!b &&
  Math.abs(a.x - b.x) < 0.5 &&
  Math.abs(a.y - b.y) < 0.5 &&
  Math.abs(a.width - b.width) < 0.5 &&
  Math.abs(a.height - b.height) < 0.5;

/**
 * The element's box once it is on screen and has not moved or changed size over `frames` drawn
 * frames in a row (and no Leaflet zoom animation is running). For reading a position after
 * something that animates or redraws later (a map fitting an image, a marker put back where it was
 * stored), instead of reading it once.
 */
export async function steadyBox(locator: Locator, frames = 3): Promise<Box> {
  const page = locator.page();
  let last: Box | null = null;
  let still = 0;
  await expect
    .poll(
      async () => {
        await nextFrames(page);
        const animating = await page
          .locator('.leaflet-container.leaflet-zoom-anim')
          .count()
          .then((n) => n > 0);
        // Read only what is there now: a layer being rebuilt counts as not standing still.
        const box = (await locator.count()) > 0 ? await locator.boundingBox() : null;
        still = !animating && same(box, last) ? still + 1 : 0;
        last = box;
        return still;
      },
      { message: 'the element stands still', intervals: [0] },
    )
    .toBeGreaterThanOrEqual(frames);
  return last!;
}
