import type { Plugin } from 'vite';

/**
 * The test-only window API (`src/app/testApi.ts`, `window.__pp`: seeds boards, reads the drawn
 * network) is built only in the e2e build, `vite build --mode e2e`, which the end-to-end tests and
 * the benchmark run against. `main.tsx` loads it behind `import.meta.env.MODE === 'e2e'`, which
 * Vite replaces at build time, so any other build drops the import as dead code.
 *
 * This plugin holds that in every build, from the bundle itself (no second build, no grep of the
 * output): a build in any other mode that still holds a module of the test API fails, and an e2e
 * build without it fails too, so the gate can neither leak nor silently break.
 */
export const TEST_API_MODE = 'e2e';

/** The modules that make up the test API (the window API and what only it uses). */
const TEST_API_MODULE =
  /[\\/]src[\\/]app[\\/](testApi|testBoardFileApi|testMeetingApi|checksBench|seedBoard|seedMap)\.tsx?$/;

export interface BundledChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  moduleIds?: readonly string[];
}

/** What is wrong with a finished bundle for its mode, or null when it is as it should be. */
export function testApiProblem(mode: string, bundle: Record<string, BundledChunk>): string | null {
  const holding = Object.values(bundle).filter(
    (c) => c.type === 'chunk' && (c.moduleIds ?? []).some((id) => TEST_API_MODULE.test(id)),
  );
  if (mode === TEST_API_MODE) {
    return holding.some((c) => /(^|\/)testApi-[^/]*\.js$/.test(c.fileName))
      ? null
      : `An e2e build (--mode ${TEST_API_MODE}) must carry the test API in its own testApi-*.js chunk, which the tests and the benchmark look for; it has none.`;
  }
  if (holding.length === 0) return null;
  return (
    `This ${mode} build contains the test-only window API (in ${holding.map((c) => c.fileName).join(', ')}). ` +
    `It must be built only with --mode ${TEST_API_MODE}: load it only behind import.meta.env.MODE === '${TEST_API_MODE}'.`
  );
}

export function testApiGate(): Plugin {
  let mode = 'production';
  let building = false;
  return {
    name: 'pp-test-api-gate',
    configResolved(config) {
      mode = config.mode;
      building = config.command === 'build';
    },
    generateBundle(_options, bundle) {
      if (!building) return;
      const problem = testApiProblem(mode, bundle);
      if (problem) this.error(problem);
    },
  };
}
