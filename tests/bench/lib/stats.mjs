export function median(values) {
  return percentile(values, 50);
}

/** Percentile with linear interpolation between closest ranks (the common "R-7"/Excel method). */
export function percentile(values, p) {
  if (values.length === 0) throw new Error('percentile of no values');
  const s = [...values].sort((a, b) => a - b);
  const pos = ((s.length - 1) * p) / 100;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const round1 = (n) => Math.round(n * 10) / 10;

/** Rejects if `promise` does not settle within `ms` (so a stuck page cannot hang the run). */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
