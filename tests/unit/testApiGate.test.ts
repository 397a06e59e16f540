import { testApiProblem, type BundledChunk } from '../../build/testApiGate';

/**
 * The test API ships only in the e2e build. The gate runs inside every real build (vite.config.ts)
 * on the finished bundle; here it is fed bundles shaped like Vite's to show what it refuses.
 */
const chunk = (fileName: string, ...moduleIds: string[]): BundledChunk => ({
  type: 'chunk',
  fileName,
  moduleIds,
});
const bundleOf = (...chunks: BundledChunk[]) =>
  Object.fromEntries(chunks.map((c) => [c.fileName, c]));

const app = chunk('assets/index-a1.js', '/repo/src/app/main.tsx', '/repo/src/app/App.tsx');
const testApi = chunk('assets/testApi-b2.js', '/repo/src/app/testApi.ts');

describe('the test API gate', () => {
  it('passes a production build without the test API', () => {
    expect(testApiProblem('production', bundleOf(app))).toBeNull();
  });

  it('fails a production build that carries the test API in its own chunk', () => {
    expect(testApiProblem('production', bundleOf(app, testApi))).toMatch(
      /contains the test-only window API \(in assets\/testApi-b2\.js\)/,
    );
  });

  it('fails a production build with a part of the test API folded into another chunk', () => {
    const folded = chunk(
      'assets/index-a1.js',
      '/repo/src/app/main.tsx',
      '/repo/src/app/seedBoard.ts',
    );
    expect(testApiProblem('production', bundleOf(folded))).toMatch(/index-a1\.js/);
    const windows = chunk('assets/index-a1.js', 'C:\\repo\\src\\app\\testMeetingApi.ts');
    expect(testApiProblem('staging', bundleOf(windows))).toMatch(/This staging build/);
  });

  it('passes an e2e build with the testApi chunk the tests look for, and fails one without', () => {
    expect(testApiProblem('e2e', bundleOf(app, testApi))).toBeNull();
    expect(testApiProblem('e2e', bundleOf(app))).toMatch(/must carry the test API/);
    const inIndex = chunk('assets/index-a1.js', '/repo/src/app/testApi.ts');
    expect(testApiProblem('e2e', bundleOf(inIndex))).toMatch(/testApi-\*\.js chunk/);
  });

  it('ignores assets and modules that merely share a name', () => {
    const css: BundledChunk = { type: 'asset', fileName: 'assets/testApi-c3.css' };
    const other = chunk(
      'assets/x.js',
      '/repo/src/features/testApiNotes.ts',
      '/repo/tests/testApi.ts',
    );
    expect(testApiProblem('production', bundleOf(app, css, other))).toBeNull();
  });
});
