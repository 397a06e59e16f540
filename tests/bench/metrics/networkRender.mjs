// network<N>RenderMs: with the app loaded on the board list, time from setting
// location.hash = '#/board/<id>' (performance.now() stamped just before) to the network drawn with
// all N people (__pp.waitForDrawn). Boards are generated with __pp.seedBoard(seed, N, 3N). Median
// of 3 runs. Each run opens the board list in a new tab (HTTP cache on, as for a returning user):
// __pp.waitForDrawn remembers a board's last draw, so after a hash-only return to #/ it would
// resolve at once with the old time. The lazily loaded board chunk is therefore fetched (from
// cache) and evaluated inside every run, as on a real first open of a board.
import { median, withTimeout } from '../lib/stats.mjs';

const RUNS = 3;
const SEED = 1;

export function networkRender({ name, people, associations = 3 * people, max }) {
  return {
    metrics: { [name]: { max, unit: 'ms' } },
    async run(ctx) {
      const id = await ctx.seededBoard(SEED, people, associations);
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await ctx.openBoardList();
        try {
          await page
            .getByRole('list', { name: 'Boards on this device' })
            .getByRole('button', { name: /^Open / })
            .first()
            .waitFor();
          await page.waitForTimeout(300); // let the list's own start-up work settle
          const r = await withTimeout(
            page.evaluate(
              async ([boardId, n]) => {
                const t0 = performance.now();
                location.hash = `#/board/${encodeURIComponent(boardId)}`;
                const d = await window.__pp.waitForDrawn(boardId, n, 120_000);
                return { ms: d.at - t0, nodes: d.nodes, edges: d.edges };
              },
              [id, people],
            ),
            130_000,
            `drawing ${id}`,
          );
          times.push(r.ms);
          ctx.log(
            `  ${name} run ${i + 1}: ${r.ms.toFixed(0)} ms (${r.nodes} nodes, ${r.edges} edges)`,
          );
        } finally {
          await page.close();
        }
      }
      return { [name]: median(times) };
    },
  };
}

export const network200 = networkRender({ name: 'network200RenderMs', people: 200, max: 500 });
export const network2000 = networkRender({ name: 'network2000RenderMs', people: 2000, max: 1500 });
