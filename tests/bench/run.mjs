// Benchmark for Peers & Places, in real Chromium against the built app (run `vite build --mode e2e` first;
// `npm run bench` does). Prints a table of metric / value / target and merges the numbers into
// bench-results.json at the repository root. Exit code 0 when every metric was measured (targets
// missed are only reported); 1 when something broke (timeouts, errors).
//
//   node tests/bench/run.mjs                 all metrics
//   node tests/bench/run.mjs demoOpenMs ...  only the modules that produce these metrics
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';
import { createContext } from './lib/context.mjs';
import { mergeResults } from './lib/results.mjs';
import { startPreview } from './lib/server.mjs';
import { round1, withTimeout } from './lib/stats.mjs';
import { metricModules } from './metrics/index.mjs';
import { assertTestApiBuilt } from '../testApiBuilt.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS_FILE = join(ROOT, 'bench-results.json');
// Both can be set so that two runs (or a run beside an e2e run) can share a machine.
const PORT = Number(process.env.PP_BENCH_PORT || 4175);
const OUT_DIR = process.env.PP_OUT_DIR || 'dist';
const MODULE_TIMEOUT_MS = 30 * 60_000; // per metric module; seeding and 200 commits can be slow on 2 cores

function selectModules(filters) {
  if (filters.length === 0) return metricModules;
  const chosen = metricModules.filter((m) =>
    Object.keys(m.metrics).some((n) => filters.includes(n)),
  );
  const known = metricModules.flatMap((m) => Object.keys(m.metrics));
  const unknown = filters.filter((f) => !known.includes(f));
  if (unknown.length)
    throw new Error(`unknown metric(s): ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return chosen;
}

function verdict(spec, value) {
  if (value === undefined) return 'ERROR';
  if (spec.max === undefined && spec.min === undefined) return '-';
  const ok =
    (spec.max === undefined || value <= spec.max) && (spec.min === undefined || value >= spec.min);
  return ok ? 'pass' : 'FAIL';
}

function printTable(rows) {
  const header = ['metric', 'value', 'target', 'result'];
  const body = rows.map((r) => [
    r.name,
    r.value === undefined ? '—' : `${r.value.toFixed(1)} ${r.unit}`,
    r.target,
    r.verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log('\n' + line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

async function main() {
  const modules = selectModules(process.argv.slice(2));
  // The metrics seed and read boards through the test API, which only the e2e build carries.
  assertTestApiBuilt(OUT_DIR, ROOT);
  if (!existsSync(chromiumPath))
    throw new Error(`no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);

  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()();
      } catch (e) {
        console.error(`cleanup: ${e.message}`);
      }
    }
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      console.error(`\n${sig}: stopping`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  const values = {};
  const failed = [];
  try {
    const server = await startPreview({ cwd: ROOT, port: PORT });
    cleanups.push(server.stop);
    console.log(`Serving ${OUT_DIR}/ at ${server.url}; Chromium ${chromiumPath}`);

    // A persistent profile in a temp dir: IndexedDB survives new tabs (and cache-disabled cold loads).
    const launchProfile = async () => {
      const userDataDir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
      const browserContext = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath,
        args: chromiumArgs,
        headless: true,
        viewport: { width: 1600, height: 900 },
        // No service worker (offline use): it would answer the "cold" loads from its cache, and its
        // install would compete with the metrics for the cores.
        serviceWorkers: 'block',
      });
      let closed = false;
      const close = async () => {
        if (closed) return;
        closed = true;
        await browserContext.close();
        rmSync(userDataDir, { recursive: true, force: true });
      };
      return { browserContext, close };
    };
    const first = await launchProfile();
    cleanups.push(first.close);
    const browserContext = first.browserContext;
    const newProfile = async () => {
      const profile = await launchProfile();
      cleanups.push(profile.close);
      const ctx = createContext({
        browserContext: profile.browserContext,
        baseUrl: server.url,
        newProfile,
      });
      return { ctx, close: profile.close };
    };

    const ctx = createContext({ browserContext, baseUrl: server.url, newProfile });
    // One at a time: one browser, sequential, so metrics do not compete for the 2 cores.
    for (const mod of modules) {
      const names = Object.keys(mod.metrics);
      console.log(`\n▶ ${names.join(', ')}`);
      const t0 = Date.now();
      try {
        const out = await withTimeout(
          mod.run(ctx),
          mod.timeoutMs ?? MODULE_TIMEOUT_MS,
          names.join(', '),
        );
        for (const name of names) {
          if (typeof out?.[name] !== 'number' || !Number.isFinite(out[name]))
            throw new Error(`${name} returned no number`);
          values[name] = round1(out[name]);
        }
        console.log(`  done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      } catch (e) {
        console.error(`  ✗ ${names.join(', ')} failed: ${e.stack ?? e}`);
        failed.push(...names);
      }
    }

    const rows = modules.flatMap((m) =>
      Object.entries(m.metrics).map(([name, spec]) => ({
        name,
        value: values[name],
        unit: spec.unit ?? '',
        target:
          spec.max !== undefined ? `≤ ${spec.max}` : spec.min !== undefined ? `≥ ${spec.min}` : '—',
        verdict: verdict(spec, values[name]),
      })),
    );
    printTable(rows);
    if (ctx.notes.length) console.log('\n' + ctx.notes.map((n) => `* ${n}`).join('\n'));

    mergeResults(RESULTS_FILE, values, failed);
    console.log(`\nWrote ${Object.keys(values).length} metric(s) to ${RESULTS_FILE}`);
    const missed = rows.filter((r) => r.verdict === 'FAIL').length;
    if (missed) console.log(`${missed} target(s) missed (reported only; exit code stays 0).`);
  } finally {
    await cleanup();
  }
  if (failed.length) {
    console.error(`\nBenchmark broken: ${failed.join(', ')} could not be measured.`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e.stack ?? e);
  process.exitCode = 1;
});
