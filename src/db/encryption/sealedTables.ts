import { schemaVersions } from '../schemaVersions';
import type { SealedTables } from './encryptionSwitch';

/**
 * Every table whose records are sealed, with its newest store spec: all of them but the boards'
 * clocks (a board id and a number). In a fixed order, the order a re-encryption pass takes.
 */
export function sealedTables(): SealedTables {
  const specs = new Map<string, string>();
  for (const v of schemaVersions)
    for (const [table, spec] of Object.entries(v.stores)) {
      if (spec === null) specs.delete(table);
      else specs.set(table, spec);
    }
  specs.delete('clocks');
  return Object.fromEntries([...specs].sort(([a], [b]) => a.localeCompare(b)));
}
