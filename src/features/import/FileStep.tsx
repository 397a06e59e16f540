import { useId } from 'react';
import { CSV_MAX_BYTES } from '../../domain/formats/csvImport/limits';
import { importKinds } from '../../domain/formats/csvImport/targets';
import { sizeInWords } from '../../domain/basemap';
import type { CsvWizard } from './useCsvWizard';

/** Step 1: what the file holds, and the file itself. Nothing is stored until the last step. */
export function FileStep({ wizard }: { wizard: CsvWizard }) {
  const id = useId();
  const { kind, setKind, reading, chooseFile, cancelReading, file } = wizard;
  return (
    <>
      <fieldset className="import-kinds">
        <legend>The file lists</legend>
        {importKinds.map((k) => (
          <label key={k.key}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={k.key}
              checked={kind === k.key}
              disabled={reading !== null}
              onChange={() => setKind(k.key)}
            />
            {k.label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-file`}>CSV file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          disabled={reading !== null}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            // Cleared, so choosing the same file again (once fixed) is noticed.
            e.currentTarget.value = '';
            if (chosen) void chooseFile(chosen);
          }}
        />
        <p id={`${id}-hint`} className="field-hint">
          A CSV file from a case system or a spreadsheet, up to {sizeInWords(CSV_MAX_BYTES)}, with a
          heading row. Cells may be separated by commas, semicolons or tabs; text in UTF-8 or
          Windows-1252. Dates like 03/04/2026 are read day first, as in the UK. The file is read on
          this device; nothing is sent anywhere.
        </p>
      </div>
      {reading && (
        <div className="import-reading">
          <p role="status">
            Reading “{file?.name}”: {reading.rows.toLocaleString('en-GB')} rows read…
          </p>
          <button type="button" onClick={cancelReading}>
            Cancel reading
          </button>
        </div>
      )}
    </>
  );
}
