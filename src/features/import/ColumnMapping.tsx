import type { ColumnMapping as Mapping } from '../../domain/formats/csvImport/headers';
import type { ImportTable } from '../../domain/formats/csvImport/table';
import type { ImportTarget } from '../../domain/formats/csvImport/targets';

const SAMPLES = 3;

/** The first few values of a column, for the user to recognise what it holds. */
function samplesOf(table: ImportTable, column: number): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    const cell = row.cells[column]?.trim();
    if (cell && !out.includes(cell)) out.push(cell);
    if (out.length === SAMPLES) break;
  }
  return out;
}

interface Props {
  table: ImportTable;
  targets: readonly ImportTarget[];
  mapping: Mapping;
  onChange: (column: number, target: string | null) => void;
  /** What must still be chosen before the rows can be read. */
  missing: readonly string[];
}

/**
 * Each column of a table with the field it goes to, guessed from its heading and changeable (or
 * left out). Knows nothing of CSV: any neutral table and list of targets will do.
 */
export function ColumnMapping({ table, targets, mapping, onChange, missing }: Props) {
  return (
    <>
      <table className="import-table">
        <caption className="visually-hidden">Columns of {table.source}</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">First values</th>
            <th scope="col">Goes to</th>
          </tr>
        </thead>
        <tbody>
          {table.columns.map((c) => (
            <tr key={c.index} className={mapping[c.index] ? undefined : 'is-left-out'}>
              <th scope="row">{c.header}</th>
              <td className="samples">{samplesOf(table, c.index).join(' · ') || '(empty)'}</td>
              <td>
                <select
                  aria-label={`Field for column ${c.header}`}
                  value={mapping[c.index] ?? ''}
                  onChange={(e) => onChange(c.index, e.target.value || null)}
                >
                  <option value="">Leave out</option>
                  {targets.map((t) => (
                    <option key={t.key} value={t.key}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <ul className="import-missing" aria-label="Still to choose">
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </>
  );
}
