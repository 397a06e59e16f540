/**
 * For end-to-end tests only (set through the test API, `?e2e`): holds the worker's answer to a
 * file it has read until released, so a test can press Cancel while the file is still "being
 * read", whatever the speed of the machine. Nothing in the app sets it.
 */
export const importTestHooks: { holdParse: boolean; release: (() => void) | null } = {
  holdParse: false,
  release: null,
};
