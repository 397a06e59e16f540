// filterApplyMs: on the seeded 2,000-person board (6,000 associations), once it is drawn and the page
// is idle, with the Filters panel open: time from a click on a filter checkbox (performance.now()
// stamped in the page just before `click()`) to the next frame Cytoscape draws with the filter
// applied. The canvas marks that frame: NetworkCanvas sets `data-hidden-drawn` to the number of
// hidden ids in the first `render` event after toggling the `filtered` class. Each case is timed
// both ways (untick: hide; tick again: show), the page settling between; the metric is the median.
import { median, withTimeout } from '../lib/stats.mjs';

const PEOPLE = 2000;
const SEED = 1;
// Association kinds (lines only), then "Young person": about 1,800 people and most lines at once.
const CASES = [
  ['Kinds of association', 'Friendship'],
  ['Kinds of association', 'Violence'],
  ['Kinds of association', 'Online contact'],
  ['How sure', 'Suspected'],
  ['Kinds of person', 'Young person'],
];

/** Clicks one checkbox of the filters panel and resolves when the diagram is drawn with it. */
function timeToggle(page, fieldset, label) {
  return withTimeout(
    page.evaluate(
      ([set, name]) =>
        new Promise((resolve, reject) => {
          const wrap = document.querySelector('.network-canvas');
          const group = [...document.querySelectorAll('#network-filters fieldset')].find(
            (f) => f.querySelector('legend')?.textContent === set,
          );
          const box = [...(group?.querySelectorAll('input[type=checkbox]') ?? [])].find(
            (i) => i.labels?.[0]?.textContent === name,
          );
          if (!wrap || !box) return reject(new Error(`no checkbox "${name}" in "${set}"`));
          const before = wrap.getAttribute('data-hidden-drawn');
          let t0 = 0;
          const observer = new MutationObserver(() => {
            const drawn = wrap.getAttribute('data-hidden-drawn');
            if (drawn === before || drawn !== wrap.getAttribute('data-hidden-count')) return;
            observer.disconnect();
            resolve({ ms: performance.now() - t0, hidden: Number(drawn), checked: box.checked });
          });
          observer.observe(wrap, { attributes: true, attributeFilter: ['data-hidden-drawn'] });
          t0 = performance.now();
          box.click();
        }),
      [fieldset, label],
    ),
    60_000,
    `filter "${label}" applied and drawn`,
  );
}

export default {
  metrics: { filterApplyMs: { max: 200, unit: 'ms' } },
  async run(ctx) {
    const { page } = await ctx.openSeededBoard(SEED, PEOPLE);
    try {
      await ctx.settle(page, 1000);
      const button = page
        .getByRole('toolbar', { name: 'Network tools' })
        .getByRole('button', { name: 'Filters', exact: true });
      await button.click();
      await page.getByRole('region', { name: 'Filters' }).waitFor();
      await ctx.settle(page, 400);

      const times = [];
      for (const [set, label] of CASES) {
        for (const way of ['hide', 'show']) {
          const r = await timeToggle(page, set, label);
          if (r.checked !== (way === 'show')) throw new Error(`"${label}" did not ${way}`);
          times.push(r.ms);
          ctx.log(`  filterApplyMs ${way} ${label}: ${r.ms.toFixed(0)} ms (${r.hidden} hidden)`);
          await ctx.settle(page, 400);
        }
      }
      return { filterApplyMs: median(times) };
    } finally {
      await page.close();
    }
  },
};
