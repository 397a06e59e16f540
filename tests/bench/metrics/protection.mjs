// Device protection (issue 14), in a second browser profile of its own, because turning protection
// on changes the whole device and every later metric would otherwise run sealed:
//   reencrypt2000Ms: turning protection on with the 2,000-person board present (every record of
//     the device sealed in one pass, through the app's own call, __pp.protectDevice); the pass must
//     report its progress as it goes.
//   unlockMs: a new tab opens on the lock screen; from the press of Unlock (passphrase typed) to
//     the board list's heading on screen. Median of 3.
//   network2000RenderEncryptedMs: network2000RenderMs's procedure on the sealed device (each tab
//     unlocked first); encryptedRenderRatio is it over the same board's clear time measured in
//     this profile just before protection was turned on (same run, same board, same machine).
//   editCommitEncryptedP95Ms: editCommitP95Ms's procedure on the sealed device.
import { median, withTimeout } from '../lib/stats.mjs';
import editCommit from './editCommit.mjs';
import { network2000 } from './networkRender.mjs';

const PASSPHRASE = 'harrowfield bench passphrase';
const UNLOCK_RUNS = 3;

async function timeUnlock(ctx) {
  const page = await ctx.newPage();
  try {
    await page.goto(ctx.appUrl('#/'));
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.waitForTimeout(300); // the lock screen's own start-up work settles
    // Timed in the page: from the click to the first frame in which the board list's heading is.
    return await withTimeout(
      page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const button = [...document.querySelectorAll('button')].find(
              (b) => b.textContent?.trim() === 'Unlock',
            );
            if (!button) return reject(new Error('no Unlock button'));
            const shown = () =>
              [...document.querySelectorAll('h1, h2')].some(
                (h) => h.textContent?.trim() === 'Boards',
              );
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(document.body, { childList: true, subtree: true });
            button.click();
          }),
      ),
      60_000,
      'unlocking',
    );
  } finally {
    await page.close();
  }
}

export default {
  metrics: {
    reencrypt2000Ms: { max: 10_000, unit: 'ms' },
    unlockMs: { max: 1000, unit: 'ms' },
    network2000RenderEncryptedMs: { unit: 'ms' },
    encryptedRenderRatio: { max: 1.25, unit: '×' },
    editCommitEncryptedP95Ms: { max: 60, unit: 'ms' },
  },
  async run(outer) {
    const { ctx, close } = await outer.newProfile();
    try {
      const clear = (await network2000.run(ctx)).network2000RenderMs;
      ctx.log(`  clear render in this profile: ${clear.toFixed(0)} ms`);

      const list = await ctx.openBoardList();
      const pass = await withTimeout(
        list.evaluate((p) => window.__pp.protectDevice(p), PASSPHRASE),
        120_000,
        'turning protection on',
      );
      await list.close();
      ctx.log(
        `  sealed ${pass.done} of ${pass.total} records in ${pass.ms.toFixed(0)} ms, ${pass.progressReports} progress reports`,
      );
      if (pass.done !== pass.total || pass.total < 8000)
        throw new Error(`the pass sealed ${pass.done} of ${pass.total} records`);
      if (pass.progressReports < 3) throw new Error('the pass reported no progress as it went');
      ctx.passphrase = PASSPHRASE;

      const unlocks = [];
      for (let i = 0; i < UNLOCK_RUNS; i++) unlocks.push(await timeUnlock(ctx));
      ctx.log(`  unlock: ${unlocks.map((t) => t.toFixed(0)).join(', ')} ms`);

      const sealed = (await network2000.run(ctx)).network2000RenderMs;
      const edits = await editCommit.run(ctx);
      return {
        reencrypt2000Ms: pass.ms,
        unlockMs: median(unlocks),
        network2000RenderEncryptedMs: sealed,
        encryptedRenderRatio: sealed / clear,
        editCommitEncryptedP95Ms: edits.editCommitP95Ms,
      };
    } finally {
      await close();
    }
  },
};
