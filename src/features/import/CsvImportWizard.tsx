import './csvImport.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { boardIndexOf } from '../../domain/formats/csvImport/boardIndex';
import { useUi } from '../../state/uiStore';
import { CheckStep } from './CheckStep';
import { ColumnsStep } from './ColumnsStep';
import { defaultJob, type CsvJob } from './csvJob';
import { DuplicatesStep } from './DuplicatesStep';
import { FileStep } from './FileStep';
import { importButtonText, planFor, runImport } from './runImport';
import { useCsvWizard, type Step } from './useCsvWizard';
import { ValuesStep } from './ValuesStep';

const stepTitles: Record<Step, string> = {
  file: 'Choose the file',
  columns: 'Match the columns',
  values: 'Match the values',
  check: 'Check the rows',
  duplicates: 'Likely duplicates',
};

interface Props {
  content: BoardContent;
  onClose: () => void;
  /** Where the file is read: a worker in the app; tests may pass one on the page's thread. */
  makeJob?: () => CsvJob;
}

/**
 * The CSV import wizard: file, columns, values, check (and duplicates, when there are any). The
 * file is read in a worker; nothing is stored until "Import", which is one undoable command.
 */
export default function CsvImportWizard({ content, onClose, makeJob = defaultJob }: Props) {
  const [job] = useState(makeJob);
  // Closing the wizard stops any reading under way.
  useEffect(() => () => job.cancel(), [job]);
  // The board as it was when the wizard opened: rows are matched against it.
  const [index] = useState(() => boardIndexOf(content));
  const wizard = useCsvWizard(job, index);
  const { step, setStep, parsed, missing, built, choices, kind, fileMessage } = wizard;
  const presenterSafe = useUi((s) => s.presenterSafe);
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  const steps: Step[] = ['file', 'columns', 'values', 'check'];
  if (built && built.duplicates.length > 0) steps.push('duplicates');
  const at = steps.indexOf(step);
  const next = steps[at + 1];
  const canGoOn = parsed !== null && (step !== 'columns' || missing.length === 0);

  const plan = useMemo(
    () => (built ? planFor(content, built, choices) : null),
    [content, built, choices],
  );
  const importText = plan && built ? importButtonText(plan, built.kind) : null;
  const last = step === steps.at(-1) && (step === 'check' || step === 'duplicates');

  // Each step's heading takes the focus, so a keyboard or screen-reader user starts at its top.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);

  const doImport = async () => {
    if (!built || !plan || !parsed || importing) return;
    setImporting(true);
    setImportError(null);
    const problem = await runImport(content, parsed.table.source, built, plan);
    setImporting(false);
    if (problem) setImportError(`Nothing was imported: ${problem}`);
    else onClose();
  };

  return (
    <div className="csv-import" data-import-kind={kind}>
      {presenterSafe && (
        <p className="import-warning">
          Presenter-safe is on, but this wizard shows the file as it is, names included. Import away
          from the projector.
        </p>
      )}
      <ol className="import-steps" aria-label="Steps">
        {steps.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {i + 1}. {stepTitles[s]}
          </li>
        ))}
      </ol>
      <h3 ref={heading} tabIndex={-1} className="import-step-title">
        {stepTitles[step]}
      </h3>
      {step === 'file' && <FileStep wizard={wizard} />}
      {step === 'columns' && <ColumnsStep wizard={wizard} />}
      {step === 'values' && <ValuesStep wizard={wizard} />}
      {step === 'check' && <CheckStep wizard={wizard} />}
      {step === 'duplicates' && <DuplicatesStep wizard={wizard} content={content} />}
      {fileMessage && (
        <p
          className={fileMessage.tone === 'error' ? 'field-error' : 'import-note'}
          role={fileMessage.tone === 'error' ? 'alert' : 'status'}
        >
          {fileMessage.text}
        </p>
      )}
      {importError && (
        <p className="field-error" role="alert">
          {importError}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close without importing
        </button>
        {at > 0 && (
          <button type="button" onClick={() => setStep(steps[at - 1]!)} disabled={importing}>
            Back
          </button>
        )}
        {last ? (
          <button
            type="button"
            className="primary"
            disabled={!importText || importing}
            onClick={() => void doImport()}
          >
            {importing ? 'Importing…' : (importText ?? 'Nothing to import')}
          </button>
        ) : (
          next &&
          (step !== 'file' || parsed) && (
            <button
              type="button"
              className="primary"
              disabled={!canGoOn || (step === 'check' && !built)}
              onClick={() => setStep(next)}
            >
              Next: {stepTitles[next].toLowerCase()}
            </button>
          )
        )}
      </div>
    </div>
  );
}
