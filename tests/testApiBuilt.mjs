// The end-to-end tests and the benchmark drive the app through its test-only window API
// (`window.__pp`), which only the e2e build carries (`vite build --mode e2e`; build/testApiGate.ts).
// Against a production build every test would time out waiting for it, so both stop here first,
// saying which build to make.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Throws, in plain words, unless `outDir` (under `root`) holds an e2e build with the test API. */
export function assertTestApiBuilt(outDir, root = '.') {
  const build = `PP_OUT_DIR=${outDir} npx vite build --mode e2e`;
  const assets = join(root, outDir, 'assets');
  if (!existsSync(join(root, outDir, 'index.html')) || !existsSync(assets))
    throw new Error(
      `\n${outDir}/ holds no build. The end-to-end tests and the benchmark need the e2e build:\n    ${build}\n`,
    );
  if (!readdirSync(assets).some((f) => /^testApi-.*\.js$/.test(f)))
    throw new Error(
      `\n${outDir}/ is a production build: it has no test API (testApi-*.js), which the end-to-end ` +
        `tests and the benchmark drive the app through. Build it with --mode e2e:\n    ${build}\n`,
    );
}
