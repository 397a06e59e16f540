// initialJsGzipKb: JavaScript loaded before the first board is shown, as a user's browser loads it.
// One cold load (HTTP cache off; a byte count does not need a median) of /#/board/<training id>
// without ?e2e: every script response until the network is drawn, each body gzipped at level 9,
// summed, in KiB. Measured on the e2e build (the benchmark needs its test API); the production
// build leaves the test API out and loads the same code in fewer chunks, a little less. As a
// check, the same load with ?e2e is also recorded (the test-only chunk testApi-*.js excluded), and
// any script only one of them fetched is named in the notes.
import { gzipSync } from 'node:zlib';

const isScript = (response) =>
  response.request().resourceType() === 'script' ||
  /\.m?js$/.test(new URL(response.url()).pathname);
const fileName = (url) => new URL(url).pathname.split('/').pop();
const isTestOnly = (file) => file.startsWith('testApi');

async function scriptsUntilDrawn(ctx, id, nodes, { e2e }) {
  const page = await ctx.newPage({ cold: true });
  try {
    const responses = [];
    page.on('response', (r) => {
      if (isScript(r)) responses.push(r);
    });
    await page.goto(ctx.appUrl(`#/board/${encodeURIComponent(id)}`, { e2e }));
    if (e2e) await ctx.waitForDrawn(page, id, nodes);
    else
      await page.waitForFunction(
        (n) =>
          Number(document.querySelector('.canvas-wrap')?.getAttribute('data-drawn-nodes') ?? -1) >=
          n,
        nodes,
        { timeout: 60_000 },
      );
    const seen = responses.slice(); // only what arrived before the draw
    const out = new Map();
    for (const r of seen) {
      if (out.has(r.url())) continue;
      const body = await r.body();
      out.set(r.url(), {
        file: fileName(r.url()),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      });
    }
    return [...out.values()];
  } finally {
    await page.close();
  }
}

const kib = (bytes) => bytes / 1024;
const sum = (list) => list.reduce((t, s) => t + s.gzip, 0);

export default {
  metrics: { initialJsGzipKb: { max: 350, unit: 'KiB' } },
  async run(ctx) {
    const { id, nodes } = await ctx.trainingBoard();
    const all = await scriptsUntilDrawn(ctx, id, nodes, { e2e: true });
    const excluded = all.filter((s) => isTestOnly(s.file));
    const counted = all.filter((s) => !isTestOnly(s.file));
    for (const s of counted)
      ctx.log(`  ${s.file}: ${kib(s.raw).toFixed(1)} KiB raw, ${kib(s.gzip).toFixed(1)} KiB gzip`);
    ctx.note(
      `initialJsGzipKb: ${counted.length} scripts; excludes the test-only chunk ` +
        (excluded.map((s) => `${s.file} (${kib(s.gzip).toFixed(1)} KiB gzip)`).join(', ') ||
          'testApi-*.js (not loaded)') +
        '.',
    );

    const real = await scriptsUntilDrawn(ctx, id, nodes, { e2e: false });
    const a = new Set(counted.map((s) => s.file));
    const b = new Set(real.map((s) => s.file));
    const onlyE2e = [...a].filter((f) => !b.has(f));
    const onlyReal = [...b].filter((f) => !a.has(f));
    if (onlyE2e.length || onlyReal.length)
      ctx.note(
        `initialJsGzipKb check: a load without ?e2e fetched ${kib(sum(real)).toFixed(1)} KiB gzip; ` +
          `only with ?e2e: ${onlyE2e.join(', ') || 'none'}; only without: ${onlyReal.join(', ') || 'none'}.`,
      );
    // What a user's browser fetches: the load without ?e2e (the test API also pulls in modules of
    // its own, e.g. the snapshot reader, that no user loads before the first board).
    return { initialJsGzipKb: kib(sum(real)) };
  },
};
