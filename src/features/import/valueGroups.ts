import type { ColumnMapping } from '../../domain/formats/csvImport/headers';
import type { ImportTable } from '../../domain/formats/csvImport/table';
import type { ImportTarget } from '../../domain/formats/csvImport/targets';
import { foundValues, type ValueMap } from '../../domain/formats/csvImport/values';
import type { ValueGroup } from './ValueMapping';

/** For the values step: each column mapped to a select, with the values found in it. */
export function valueGroups(
  table: ImportTable,
  targets: readonly ImportTarget[],
  mapping: ColumnMapping,
  values: ValueMap,
): ValueGroup[] {
  return table.columns.flatMap((c) => {
    const target = targets.find((t) => t.key === mapping[c.index]);
    if (!target?.options) return [];
    return [
      {
        target,
        column: c.header,
        found: foundValues(table, c.index, target.list),
        choices: values[target.key] ?? {},
      },
    ];
  });
}
