// bench-results.json: one flat object, metric name -> number. Merged, never overwritten wholesale,
// so metrics written by other tools (or later issues) survive.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function mergeResults(file, values, failedNames = []) {
  let current = {};
  if (existsSync(file)) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) current = parsed;
      else console.warn(`warning: ${file} was not a JSON object; starting afresh`);
    } catch (e) {
      console.warn(`warning: could not parse ${file} (${e.message}); starting afresh`);
    }
  }
  // A metric that failed this run must not keep an old, now misleading number.
  for (const name of failedNames) delete current[name];
  const merged = { ...current, ...values };
  writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
  return merged;
}
