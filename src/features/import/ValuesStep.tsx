import { useMemo } from 'react';
import { foundValues } from '../../domain/formats/csvImport/values';
import { ValueMapping, type ValueGroup } from './ValueMapping';
import type { CsvWizard } from './useCsvWizard';

/** Step 3: the values of columns that go to fields with the app's lists (risk level, kind). */
export function ValuesStep({ wizard }: { wizard: CsvWizard }) {
  const { parsed, targets, mapping, values, chooseValue } = wizard;
  const groups = useMemo(() => {
    if (!parsed) return [];
    return parsed.table.columns.flatMap((c): ValueGroup[] => {
      const target = targets.find((t) => t.key === mapping[c.index]);
      if (!target?.options) return [];
      return [
        {
          target,
          column: c.header,
          found: foundValues(parsed.table, c.index, target.list),
          choices: values[target.key] ?? {},
        },
      ];
    });
  }, [parsed, targets, mapping, values]);
  if (groups.length === 0)
    return <p>None of the columns chosen holds values from the app’s lists: nothing to match.</p>;
  return <ValueMapping groups={groups} onChoose={chooseValue} />;
}
