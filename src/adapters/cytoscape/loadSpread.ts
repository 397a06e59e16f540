type Spread = typeof import('./spread');

let loading: Promise<Spread> | null = null;

/**
 * The restyle and label queues (spread.ts), fetched on first use: only a large board's big changes
 * need them, and their work starts after the current task anyway.
 */
export function loadSpread(): Promise<Spread> {
  loading ??= import('./spread');
  return loading;
}
