// Spreading large restyles over several tasks: loaded the first time a large board needs it
// (loadSpread.ts), so it is not part of the app's first download.
export { createRestyleQueue } from './restyleQueue';
export { createLabelQueue } from './labelQueue';
