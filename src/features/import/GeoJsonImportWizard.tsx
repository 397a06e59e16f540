import './csvImport.css';
import { useId, useMemo, useState } from 'react';
import { runCommand } from '../../commands/bus';
import { importRecords } from '../../commands/import/importRecords';
import type { BoardContent } from '../../db/queries';
import { sizeInWords } from '../../domain/basemap';
import { importTargets } from '../../domain/formats/csvImport/targets';
import { GEOJSON_MAX_BYTES } from '../../domain/formats/geojsonImport/readGeoJson';
import { useStatus } from '../../state/statusStore';
import { ColumnMapping } from './ColumnMapping';
import { DuplicateChoices } from './DuplicateChoices';
import { ImportWizardFrame } from './ImportWizardFrame';
import { PreviewTable } from './PreviewTable';
import { RowProblems } from './RowProblems';
import { ValueMapping } from './ValueMapping';
import { valueGroups } from './valueGroups';
import { useGeoJsonWizard, type GeoJsonStep, type GeoJsonWizard } from './useGeoJsonWizard';

const stepTitles: Record<GeoJsonStep, string> = {
  file: 'Choose the file',
  columns: 'Match the properties',
  values: 'Match the values',
  check: 'Check the places',
  duplicates: 'Likely duplicates',
};

const targets = importTargets.places;

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function FileStep({ wizard }: { wizard: GeoJsonWizard }) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-file`}>GeoJSON file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          disabled={wizard.reading !== null}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (chosen) void wizard.chooseFile(chosen);
          }}
        />
        <p id={`${id}-hint`} className="field-hint">
          Places from QGIS, uMap, GDAL or another board’s GeoJSON export, up to{' '}
          {sizeInWords(GEOJSON_MAX_BYTES)}: each point or area becomes a place, and a feature with
          no geometry a place with no location. The file is read on this device; nothing is sent
          anywhere.
        </p>
      </div>
      {wizard.reading && <p role="status">{wizard.reading}</p>}
    </>
  );
}

function IncidentsNote({ wizard }: { wizard: GeoJsonWizard }) {
  const left = wizard.loaded?.file.incidentsLeftOut ?? 0;
  if (left === 0) return null;
  return (
    <p className="import-note">
      {left === 1
        ? 'One feature is an incident; it is left out.'
        : `${count(left, 'feature is an incident', 'features are incidents')}; they are left out.`}{' '}
      Only places come in from a map file: bring incidents in from a CSV file, where the people
      involved and their place can be matched.
    </p>
  );
}

function ColumnsStep({ wizard }: { wizard: GeoJsonWizard }) {
  const { loaded } = wizard;
  if (!loaded) return null;
  const { file } = loaded;
  return (
    <>
      <p>
        “{loaded.name}”: {count(file.featureCount, 'feature', 'features')}, of which{' '}
        {count(file.table.rows.length, 'is a place', 'are places')} to import. Each feature’s point
        or area is where its place is.
      </p>
      {file.table.columns.length > 0 ? (
        <ColumnMapping
          table={file.table}
          targets={targets}
          mapping={wizard.mapping}
          onChange={wizard.map}
          missing={wizard.missing}
        />
      ) : (
        <p className="field-error">
          The features have no properties, so none of them has a name: a place needs one.
        </p>
      )}
      {file.asExported.length > 0 && (
        <p className="import-note">
          Also brought in as Peers &amp; Places wrote them: {file.asExported.join(', ')}.
        </p>
      )}
      <IncidentsNote wizard={wizard} />
    </>
  );
}

function ValuesStep({ wizard }: { wizard: GeoJsonWizard }) {
  const { loaded } = wizard;
  const groups = useMemo(
    () => (loaded ? valueGroups(loaded.file.table, targets, wizard.mapping, wizard.values) : []),
    [loaded, wizard.mapping, wizard.values],
  );
  if (groups.length === 0)
    return (
      <p>None of the properties chosen holds values from the app’s lists: nothing to match.</p>
    );
  return <ValueMapping groups={groups} onChoose={wizard.chooseValue} />;
}

function CheckStep({ wizard }: { wizard: GeoJsonWizard }) {
  const { loaded, built } = wizard;
  if (!loaded) return null;
  if (!built) return <p role="status">Checking the places…</p>;
  const { shapes } = built;
  const kinds = [
    shapes.points ? count(shapes.points, 'point', 'points') : '',
    shapes.areas ? count(shapes.areas, 'area', 'areas') : '',
    shapes.noLocation ? count(shapes.noLocation, 'with no location', 'with no location') : '',
  ].filter(Boolean);
  return (
    <>
      <p role="status">
        {count(built.rows.length, 'place', 'places')} of{' '}
        {count(loaded.file.table.rows.length, 'place feature', 'place features')} can be imported
        {kinds.length ? ` (${kinds.join(', ')})` : ''}.
      </p>
      <IncidentsNote wizard={wizard} />
      {built.notes.map((note) => (
        <p key={note} className="import-note">
          {note}
        </p>
      ))}
      <PreviewTable
        preview={built.preview}
        noun={{ one: 'place', many: 'places' }}
        rowLabel="Feature"
      />
      <RowProblems
        source={loaded.name}
        problems={built.problems}
        row={{ one: 'feature', many: 'features', label: 'Feature' }}
      />
    </>
  );
}

function DuplicatesStep({ wizard, content }: { wizard: GeoJsonWizard; content: BoardContent }) {
  const { built, choices, setChoices } = wizard;
  const matches = useMemo(() => {
    if (!built) return [];
    const rows = new Map(built.rows.map((r) => [r.line, r.record]));
    const places = new Map(content.places.map((p) => [p.id, p]));
    return built.duplicates.map((d) => ({
      line: d.line,
      row: (rows.get(d.line) as { name?: string } | undefined)?.name ?? `Feature ${d.line}`,
      existing: places.get(d.existingId)?.name ?? 'a place',
      reason: d.reason,
    }));
  }, [built, content.places]);
  return (
    <DuplicateChoices
      matches={matches}
      choices={choices}
      onChoose={(line, choice) => setChoices(new Map(choices).set(line, choice))}
      onAll={(choice) => setChoices(new Map(matches.map((m) => [m.line, choice])))}
    />
  );
}

/**
 * The GeoJSON import: the file, its features' properties matched to a place's fields (as for a
 * CSV file of places), their values, a check of every feature and its geometry, and likely
 * duplicates. One command writes it all, so one undo takes it away.
 */
export default function GeoJsonImportWizard({
  content,
  onClose,
}: {
  content: BoardContent;
  onClose: () => void;
}) {
  const wizard = useGeoJsonWizard(content);
  const { step, setStep, loaded, built, plan, missing } = wizard;
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  const steps: GeoJsonStep[] = ['file', 'columns', 'values', 'check'];
  if (built && built.duplicates.length > 0) steps.push('duplicates');
  const added = plan?.counts.added ?? 0;
  const merged = plan?.counts.merged ?? 0;
  const importText =
    added + merged === 0
      ? null
      : `Import ${count(added, 'place', 'places')}${merged ? ` (merge ${merged.toLocaleString('en-GB')})` : ''}`;

  const doImport = async () => {
    if (!plan || !loaded || importing) return;
    setImporting(true);
    setImportError(null);
    const label = `Import ${count(added + merged, 'place', 'places')} from “${loaded.name}”`;
    const result = await runCommand(importRecords(content.board.id, label, plan));
    setImporting(false);
    if (!result.ok) {
      setImportError(`Nothing was imported: ${result.message}`);
      return;
    }
    useStatus.getState().notify({ tone: 'info', text: `${label}.`, undoScope: content.board.id });
    onClose();
  };

  return (
    <ImportWizardFrame
      className="geojson-import"
      steps={steps}
      step={step}
      titles={stepTitles}
      onStep={setStep}
      importFrom="check"
      loaded={loaded !== null}
      blocked={step === 'columns' && missing.length > 0}
      importText={importText}
      importing={importing}
      onImport={() => void doImport()}
      onClose={onClose}
      alerts={[wizard.message, importError]}
      importingText={`Importing ${count(added + merged, 'place', 'places')}…`}
    >
      {step === 'file' && <FileStep wizard={wizard} />}
      {step === 'columns' && <ColumnsStep wizard={wizard} />}
      {step === 'values' && <ValuesStep wizard={wizard} />}
      {step === 'check' && <CheckStep wizard={wizard} />}
      {step === 'duplicates' && <DuplicatesStep wizard={wizard} content={content} />}
    </ImportWizardFrame>
  );
}
