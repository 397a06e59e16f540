import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BoardIndex } from '../../domain/formats/csvImport/boardIndex';
import type { BuildResult } from '../../domain/formats/csvImport/buildRows';
import type { Delimiter } from '../../domain/formats/csvImport/delimiter';
import type { TextEncodingName } from '../../domain/formats/csvImport/encoding';
import {
  guessMapping,
  mappedTargets,
  remap,
  type ColumnMapping,
} from '../../domain/formats/csvImport/headers';
import type { DuplicateChoice } from '../../domain/formats/csvImport/importPlan';
import { csvSizeProblem } from '../../domain/formats/csvImport/limits';
import type { ImportTable } from '../../domain/formats/csvImport/table';
import {
  importTargets,
  missingTargets,
  type ImportKind,
} from '../../domain/formats/csvImport/targets';
import { guessValues, withValueChoice, type ValueMap } from '../../domain/formats/csvImport/values';
import { Cancelled, type CsvJob } from './csvJob';

export type Step = 'file' | 'columns' | 'values' | 'check' | 'duplicates';

export interface Parsed {
  table: ImportTable;
  encoding: TextEncodingName;
  delimiter: Delimiter;
}

/**
 * The wizard's state and what it does: read a file in the job (worker), guess the mapping, and
 * read the rows again whenever a choice changes while the result is on screen.
 */
export function useCsvWizard(job: CsvJob, index: BoardIndex) {
  const [kind, setKindState] = useState<ImportKind>('people');
  const [step, setStep] = useState<Step>('file');
  const [file, setFile] = useState<{ name: string; bytes: ArrayBuffer } | null>(null);
  const [reading, setReading] = useState<{ rows: number } | null>(null);
  const [fileMessage, setFileMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(
    null,
  );
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [values, setValues] = useState<ValueMap>({});
  const [addMissingPeople, setAddMissingPeople] = useState(false);
  const [built, setBuilt] = useState<BuildResult | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());
  const targets = importTargets[kind];

  const guessFor = useCallback((k: ImportKind, table: ImportTable) => {
    const m = guessMapping(table.columns, importTargets[k]);
    setMapping(m);
    setValues(guessValues(table, m, importTargets[k]));
  }, []);

  const read = useCallback(
    async (name: string, bytes: ArrayBuffer, delimiter: Delimiter | null, forKind: ImportKind) => {
      setReading({ rows: 0 });
      setFileMessage(null);
      try {
        const result = await job.parse(bytes, name, delimiter, (rows) => setReading({ rows }));
        if (!result.ok) {
          setFileMessage({ tone: 'error', text: result.message });
          setParsed(null);
          setStep('file');
          return;
        }
        setParsed(result);
        setBuilt(null);
        setChoices(new Map());
        guessFor(forKind, result.table);
        setStep('columns');
      } catch (error) {
        setParsed(null);
        setStep('file');
        setFileMessage(
          error instanceof Cancelled
            ? { tone: 'info', text: `Stopped reading “${name}”. Nothing was imported.` }
            : {
                tone: 'error',
                text: `“${name}” could not be read: ${error instanceof Error ? error.message : String(error)}`,
              },
        );
      } finally {
        setReading(null);
      }
    },
    [job, guessFor],
  );

  /** A file chosen: its size is checked before a byte of it is read. */
  const chooseFile = useCallback(
    async (chosen: File) => {
      const problem = csvSizeProblem(chosen.name, chosen.size);
      if (problem) {
        setFileMessage({ tone: 'error', text: problem });
        return;
      }
      let bytes: ArrayBuffer;
      try {
        bytes = await chosen.arrayBuffer();
      } catch {
        setFileMessage({ tone: 'error', text: `“${chosen.name}” could not be read from the disk` });
        return;
      }
      setFile({ name: chosen.name, bytes });
      await read(chosen.name, bytes, null, kind);
    },
    [read, kind],
  );

  const setKind = useCallback(
    (k: ImportKind) => {
      setKindState(k);
      setBuilt(null);
      if (parsed) guessFor(k, parsed.table);
    },
    [parsed, guessFor],
  );

  const setDelimiter = useCallback(
    (d: Delimiter) => {
      if (file) void read(file.name, file.bytes, d, kind);
    },
    [file, read, kind],
  );

  const mapColumn = useCallback(
    (column: number, target: string | null) => {
      if (!parsed) return;
      const next = remap(mapping, column, target);
      setMapping(next);
      setValues((v) => guessValues(parsed.table, next, importTargets[kind], v));
    },
    [parsed, mapping, kind],
  );

  const chooseValue = useCallback((target: string, value: string, choice: string | null) => {
    setValues((v) => withValueChoice(v, target, value, choice));
  }, []);

  const missing = useMemo(() => missingTargets(kind, mappedTargets(mapping)), [kind, mapping]);

  // The rows are read again (in the worker) whenever a choice changes while they are shown.
  const checking = step === 'check' || step === 'duplicates';
  const asked = useRef(0);
  const [building, setBuilding] = useState(false);
  useEffect(() => {
    if (!checking || !parsed || missing.length) return;
    const mine = ++asked.current;
    setBuilding(true);
    job.build({ kind, mapping, values, index, addMissingPeople }).then(
      (result) => {
        if (mine !== asked.current) return;
        setBuilt(result);
        setBuilding(false);
      },
      (error: unknown) => {
        if (mine !== asked.current || error instanceof Cancelled) return;
        setBuilding(false);
        setFileMessage({
          tone: 'error',
          text: `The rows could not be read: ${error instanceof Error ? error.message : String(error)}`,
        });
      },
    );
  }, [checking, parsed, missing.length, job, kind, mapping, values, index, addMissingPeople]);

  const cancelReading = useCallback(() => job.cancel(), [job]);

  return {
    kind,
    setKind,
    step,
    setStep,
    file,
    reading,
    fileMessage,
    chooseFile,
    cancelReading,
    parsed,
    setDelimiter,
    targets,
    mapping,
    mapColumn,
    missing,
    values,
    chooseValue,
    addMissingPeople,
    setAddMissingPeople,
    built: building ? null : built,
    choices,
    setChoices,
  };
}

export type CsvWizard = ReturnType<typeof useCsvWizard>;
