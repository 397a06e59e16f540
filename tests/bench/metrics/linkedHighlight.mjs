// linkedHighlightMs: on the map benchmark board (200 people, 500 places, 10,000 incidents; see
// mapReady.mjs), with the network and the map side by side, a person is picked in the People list
// and the time runs from the click (performance.now() stamped just before it, in the page) to the
// first frame painted after every place linked to them is marked on the map (class `is-linked`,
// read from the place elements' `data-place-id`). The places they should light up are read from
// IndexedDB before the click, so the check is against the records, not the app's own answer.
// Ten different people, each once the page is idle; the median (the p95 is logged).
import { median, percentile, withTimeout } from '../lib/stats.mjs';
import { openMapBoard, showMap } from './mapReady.mjs';

const PICKS = 10;

export default {
  metrics: { linkedHighlightMs: { max: 100, unit: 'ms' } },
  async run(ctx) {
    const { page, id } = await openMapBoard(ctx);
    try {
      await showMap(page, 'Network and map');
      await ctx.settle(page, 1000);
      const times = [];
      for (let i = 0; i < PICKS; i++) {
        const r = await withTimeout(
          page.evaluate(
            async ([boardId, n]) => {
              const read = (table) =>
                new Promise((resolve, reject) => {
                  const req = indexedDB.open('peers-and-places');
                  req.onerror = () => reject(req.error);
                  req.onsuccess = () => {
                    const q = req.result
                      .transaction(table)
                      .objectStore(table)
                      .index('boardId')
                      .getAll(boardId);
                    q.onsuccess = () => {
                      req.result.close();
                      resolve(q.result);
                    };
                  };
                });
              const links = await read('placeLinks');
              const options = [...document.querySelectorAll('.people-list [role="option"]')];
              // Every 7th person in list order: different people, spread down the list.
              const option = options[(n * 7) % options.length];
              const personId = option.dataset.personId;
              const drawn = new Set(
                [...document.querySelectorAll('.map-canvas [data-place-id]')].map(
                  (e) => e.dataset.placeId ?? e.getAttribute('data-place-id'),
                ),
              );
              const want = [
                ...new Set(
                  links
                    .filter((l) => l.subjectKind === 'person' && l.subjectId === personId)
                    .map((l) => l.placeId)
                    .filter((p) => drawn.has(p)),
                ),
              ];
              if (want.length === 0) return { skip: true };
              const lit = () =>
                want.every((p) => {
                  const el = document.querySelector(`.map-canvas [data-place-id="${p}"]`);
                  const marked =
                    el?.closest('.is-linked') ?? (el?.classList.contains('is-linked') ? el : null);
                  return marked !== null && marked !== undefined;
                });
              const done = new Promise((resolve) => {
                const watch = new MutationObserver(() => {
                  if (!lit()) return;
                  watch.disconnect();
                  requestAnimationFrame(() => resolve(performance.now()));
                });
                watch.observe(document.querySelector('.map-canvas'), {
                  subtree: true,
                  attributes: true,
                  attributeFilter: ['class'],
                  childList: true,
                });
              });
              const t0 = performance.now();
              option.click();
              const at = await done;
              return { ms: at - t0, places: want.length };
            },
            [id, i],
          ),
          30_000,
          `places of person ${i + 1} lit up`,
        );
        if (r.skip) continue;
        times.push(r.ms);
        await ctx.settle(page, 300);
      }
      if (times.length < PICKS / 2) throw new Error(`only ${times.length} people had drawn places`);
      ctx.log(
        `  linked highlight (click to lit): ${times.map((t) => t.toFixed(0)).join(', ')} ms; p95 ${percentile(times, 95).toFixed(1)} ms`,
      );
      return { linkedHighlightMs: median(times) };
    } finally {
      await page.close();
    }
  },
};
