/**
 * For end-to-end tests only (set through the test API, `?e2e`): holds the worker's measures on
 * the page until released, so a test can press Stop while the analysis is still "working",
 * whatever the speed of the machine. Nothing in the app sets it.
 */
export const analysisTestHooks: { holdMeasures: boolean; release: (() => void) | null } = {
  holdMeasures: false,
  release: null,
};
