import type { ImportTable } from '../../domain/formats/csvImport/table';
import { importKinds } from '../../domain/formats/csvImport/targets';
import { PreviewTable } from './PreviewTable';
import { RowProblems } from './RowProblems';
import type { CsvWizard } from './useCsvWizard';

/** Rows of the file below the headings: those read, and those left out as they were read. */
const rowsRead = (table: ImportTable) =>
  table.rows.length + new Set(table.problems.map((p) => p.line)).size;

/** Step 4: the first rows as they will be stored, and every row that will be left out and why. */
export function CheckStep({ wizard }: { wizard: CsvWizard }) {
  const { built, parsed, kind, addMissingPeople, setAddMissingPeople } = wizard;
  if (!parsed) return null;
  const noun = importKinds.find((k) => k.key === kind)!;
  return (
    <>
      {kind === 'associations' && (
        <label className="check-option">
          <input
            type="checkbox"
            checked={addMissingPeople}
            onChange={(e) => setAddMissingPeople(e.target.checked)}
          />
          Add anyone the file names who is not on this board (otherwise their rows are left out)
        </label>
      )}
      {!built ? (
        <p role="status">Checking {parsed.table.rows.length.toLocaleString('en-GB')} rows…</p>
      ) : (
        <>
          <p role="status">
            {built.rows.length === 0
              ? `No rows can be imported.`
              : `${built.rows.length.toLocaleString('en-GB')} of ${rowsRead(parsed.table).toLocaleString('en-GB')} rows can be imported.`}
            {built.newPeople.length > 0 &&
              ` ${built.newPeople.length === 1 ? 'One person' : `${built.newPeople.length} people`} named in the file will be added to the board.`}
          </p>
          {built.notes.map((n) => (
            <p key={n} className="import-note">
              {n}
            </p>
          ))}
          <PreviewTable preview={built.preview} noun={noun} />
          <RowProblems source={parsed.table.source} problems={built.problems} />
        </>
      )}
    </>
  );
}
