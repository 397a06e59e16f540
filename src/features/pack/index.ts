// The meeting pack's public API: its route (the pack page itself is loaded on demand).
export { PackRoute } from './PackRoute';
