import { useId } from 'react';
import {
  delimiterLabel,
  delimiters,
  type Delimiter,
} from '../../domain/formats/csvImport/delimiter';
import { ColumnMapping } from './ColumnMapping';
import type { CsvWizard } from './useCsvWizard';

/** Step 2: how the file was read, and which field each column goes to. */
export function ColumnsStep({ wizard }: { wizard: CsvWizard }) {
  const id = useId();
  const { parsed, targets, mapping, mapColumn, missing, setDelimiter } = wizard;
  if (!parsed) return null;
  const { table, encoding, delimiter } = parsed;
  return (
    <>
      <p>
        “{table.source}”: {table.rows.length.toLocaleString('en-GB')}{' '}
        {table.rows.length === 1 ? 'row' : 'rows'}, read as {encoding}, cells separated by{' '}
        {delimiterLabel(delimiter)}.
      </p>
      <div className="field inline-field">
        <label htmlFor={`${id}-delimiter`}>Cells are separated by</label>
        <select
          id={`${id}-delimiter`}
          value={delimiter}
          onChange={(e) => setDelimiter(e.target.value as Delimiter)}
        >
          {delimiters.map((d) => (
            <option key={d.key} value={d.key}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <ColumnMapping
        table={table}
        targets={targets}
        mapping={mapping}
        onChange={mapColumn}
        missing={missing}
      />
    </>
  );
}
