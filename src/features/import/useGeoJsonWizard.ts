import { useCallback, useMemo, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { boardIndexOf } from '../../domain/formats/csvImport/boardIndex';
import { buildRows } from '../../domain/formats/csvImport/buildRows';
import {
  guessMapping,
  mappedTargets,
  remap,
  type ColumnMapping,
} from '../../domain/formats/csvImport/headers';
import { planImport, type DuplicateChoice } from '../../domain/formats/csvImport/importPlan';
import { importTargets, missingTargets } from '../../domain/formats/csvImport/targets';
import { guessValues, withValueChoice, type ValueMap } from '../../domain/formats/csvImport/values';
import { placeFeatures } from '../../domain/formats/geojsonImport/placeFeatures';
import {
  checkGeoJsonSize,
  readGeoJson,
  type GeoJsonFile,
} from '../../domain/formats/geojsonImport/readGeoJson';
import { FileRefused } from '../../domain/formats/networkImport/xmlFile';

export type GeoJsonStep = 'file' | 'columns' | 'values' | 'check' | 'duplicates';

export interface LoadedGeoJson {
  name: string;
  file: GeoJsonFile;
}

const targets = importTargets.places;

/** Lets the browser paint (a status line, say) before a long piece of work on this thread. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A refusal as the alert says it: the file, where, what, and that nothing was imported. */
export function refusalText(name: string, error: unknown): string {
  return error instanceof FileRefused
    ? `${error.message}${error.problems.length > 1 ? ` (and ${error.problems.length - 1} more problems)` : ''}. Nothing was imported.`
    : `“${name}” could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.`;
}

/**
 * The GeoJSON import's state: the file read into a neutral table of its place features (a column
 * per property), the columns and values mapped as for a CSV file of places, and the rows built
 * into places with each feature's own geometry.
 */
export function useGeoJsonWizard(content: BoardContent) {
  const [index] = useState(() => boardIndexOf(content));
  const [step, setStep] = useState<GeoJsonStep>('file');
  const [loaded, setLoaded] = useState<LoadedGeoJson | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [values, setValues] = useState<ValueMap>({});
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());

  const chooseFile = useCallback(async (chosen: File) => {
    setMessage(null);
    setReading(`Reading “${chosen.name}”…`);
    try {
      // Before the file is read: a file over the limit is never read whole.
      checkGeoJsonSize(chosen.name, chosen.size);
      const text = await chosen.text();
      setReading(`Checking the features of “${chosen.name}”…`);
      await nextFrame();
      const file = readGeoJson(chosen.name, text);
      const guessed = guessMapping(file.table.columns, targets);
      setLoaded({ name: chosen.name, file });
      setMapping(guessed);
      setValues(guessValues(file.table, guessed, targets));
      setChoices(new Map());
      setStep('columns');
    } catch (error) {
      setLoaded(null);
      setStep('file');
      setMessage(refusalText(chosen.name, error));
    } finally {
      setReading(null);
    }
  }, []);

  const map = useCallback(
    (column: number, target: string | null) => {
      if (!loaded) return;
      const next = remap(mapping, column, target);
      setMapping(next);
      setValues((v) => guessValues(loaded.file.table, next, targets, v));
    },
    [loaded, mapping],
  );
  const chooseValue = (target: string, value: string, choice: string | null) =>
    setValues((v) => withValueChoice(v, target, value, choice));

  const missing = useMemo(() => missingTargets('places', mappedTargets(mapping)), [mapping]);

  // Built when the rows are shown: every property through the CSV import's own reader (parsed and
  // checked with the place's schema), then each feature's geometry laid over its place.
  const checking = step === 'check' || step === 'duplicates';
  const built = useMemo(() => {
    if (!checking || !loaded || missing.length) return null;
    const rows = buildRows(loaded.file.table, {
      kind: 'places',
      mapping,
      values,
      index,
      addMissingPeople: false,
    });
    return placeFeatures(loaded.file, rows, mapping, index);
  }, [checking, loaded, missing.length, mapping, values, index]);

  const plan = useMemo(() => (built ? planImport(built, choices, []) : null), [built, choices]);

  return {
    step,
    setStep,
    loaded,
    reading,
    message,
    chooseFile,
    mapping,
    map,
    values,
    chooseValue,
    missing,
    built,
    plan,
    choices,
    setChoices,
  };
}

export type GeoJsonWizard = ReturnType<typeof useGeoJsonWizard>;
