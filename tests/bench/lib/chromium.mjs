// The benchmark launches the same Chromium, with the same flags, as the e2e tests.
export { chromiumArgs, chromiumPath } from '../../chromium.mjs';
