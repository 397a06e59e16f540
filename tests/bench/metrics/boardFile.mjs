// boardFileSave2000Ms and boardFileOpen2000Ms: the 2,000-person / 6,000-association board of
// network2000RenderMs (__pp.seedBoard(1, 2000, 6000), memoised by the context).
//
// Save: __pp.timeBoardFileSave, the call "Save board to file" runs (no passphrase, no redaction),
// from the call to the file's bytes ready as a Blob (reading every record in one transaction and
// writing the file); the download itself is the browser's. Median of 3.
// Open: __pp.timeBoardFileOpen deletes the board, then times the open flow on the saved file:
// from the file handed over (reading and checking every record and reference, seeing what is
// here) to the board's records committed in one command. Median of 3. Each run adds the board
// back exactly (same ids and records), so it comes last and leaves the board as other metrics
// found it.
import { median, withTimeout } from '../lib/stats.mjs';

const RUNS = 3;
const SEED = 1;
const PEOPLE = 2000;

export default {
  metrics: {
    boardFileSave2000Ms: { max: 1000, unit: 'ms' },
    boardFileOpen2000Ms: { max: 2000, unit: 'ms' },
  },
  async run(ctx) {
    const id = await ctx.seededBoard(SEED, PEOPLE, 3 * PEOPLE);
    const page = await ctx.openBoardList();
    try {
      const saves = [];
      const opens = [];
      for (let i = 0; i < RUNS; i++) {
        const s = await withTimeout(
          page.evaluate((boardId) => window.__pp.timeBoardFileSave(boardId), id),
          120_000,
          'saving the 2,000 board to file',
        );
        ctx.log(
          `  boardFileSave2000Ms run ${i + 1}: ${s.ms.toFixed(0)} ms (${(s.bytes / 1024 / 1024).toFixed(1)} MB)`,
        );
        saves.push(s.ms);
        await ctx.settle(page, 300);
        const o = await withTimeout(
          page.evaluate(() => window.__pp.timeBoardFileOpen()),
          120_000,
          'opening the 2,000 board from file',
        );
        ctx.log(
          `  boardFileOpen2000Ms run ${i + 1}: ${o.ms.toFixed(0)} ms (read and checked in ${o.readMs.toFixed(0)} ms, compared with this device in ${o.prepareMs.toFixed(0)} ms, ${o.records} records written)`,
        );
        opens.push(o.ms);
        await ctx.settle(page, 300);
      }
      return { boardFileSave2000Ms: median(saves), boardFileOpen2000Ms: median(opens) };
    } finally {
      await page.close();
    }
  },
};
