import { useState, type FormEvent } from 'react';
import type { BoardContent } from '../../db/queries';
import { csvKinds, type CsvKind } from '../../domain/formats/csvKinds';
import type { DataFormat } from '../../domain/formats/dataExport';
import { defaultRedaction, type RedactionChoice } from '../../domain/formats/exportBoard';
import type { EdgeMode } from '../../domain/formats/networkGraph';
import { kinds } from '../../domain/kinds';
import { effectivePolicy } from '../../domain/naming';
import { labelOf, namePolicies } from '../../domain/vocabulary';
import { useStatus } from '../../state/statusStore';
import { useUi } from '../../state/uiStore';
import { CheckList, toggled } from '../../ui/CheckList';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import '../../ui/filters.css';
import './dataExport.css';

const about: Record<DataFormat, string> = {
  graphml:
    'People as nodes and associations as edges, with every attribute, their groups and roles, and where they sit on the diagram. GraphML opens in networkx, Gephi, yEd and Cytoscape.',
  gexf: 'People as nodes and associations as edges, with every attribute, their groups and roles, and where they sit on the diagram. GEXF 1.2 opens in Gephi and networkx.',
  geojson:
    'Places and incidents as map features with their details, in longitude and latitude (GeoJSON, RFC 7946). Opens in QGIS and other map tools.',
  csv: 'One file per table, for spreadsheets. A cell that would start a formula is saved as text.',
};

const edgeChoices: readonly Choice<EdgeMode>[] = [
  {
    key: 'directed',
    label: 'Every association one way, from → to',
    hint: 'Opens in networkx, igraph and Gephi. The “directed” attribute says which associations run one way.',
  },
  {
    key: 'mixed',
    label: 'Each association as recorded, one way or both ways',
    hint: 'A mixed graph, for Gephi, yEd and Cytoscape. networkx cannot open a mixed graph.',
  },
];

const policyWords = (policy: Parameters<typeof effectivePolicy>[0]) =>
  labelOf(namePolicies, policy).toLowerCase();

/**
 * What goes into a data export, chosen before saving: for the network, how associations become
 * edges; for CSV, which tables; for every format, whether it is redacted. Redacted by default when
 * presenter-safe is on, and when the board's name policy hides names.
 */
export function DataExportForm({
  content,
  format,
  onDone,
}: {
  content: BoardContent;
  format: DataFormat;
  onDone: () => void;
}) {
  const { board } = content;
  const presenterSafe = useUi((s) => s.presenterSafe);
  const [redaction, setRedaction] = useState<RedactionChoice>(() =>
    defaultRedaction(board, presenterSafe),
  );
  const [edges, setEdges] = useState<EdgeMode>('directed');
  const [tables, setTables] = useState<CsvKind[]>([...csvKinds]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const redactionChoices: Choice<RedactionChoice>[] = [
    {
      key: 'none',
      label: 'Not redacted',
      hint: 'Every name and free-text note on the board.',
    },
    {
      key: 'policy',
      label: `Redacted: names as the board shows them (${policyWords(board.namePolicy)})`,
      hint: 'Other names and free-text notes left out.',
    },
    {
      key: 'presenter-safe',
      label: `Redacted: presenter-safe names (${policyWords(effectivePolicy(board.namePolicy, true))})`,
      hint: 'No full names; free-text notes left out.',
    },
  ];
  const counts: Record<CsvKind, number> = {
    people: content.people.length,
    associations: content.associations.length,
    places: content.places.length,
    incidents: content.incidents.length,
    actions: content.actions.length,
  };
  const onImage = content.places.filter((p) => p.geometry && p.coordinateSpace === 'image').length;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (format === 'csv' && tables.length === 0) return setProblem('Pick at least one table.');
    setBusy(true);
    try {
      const { saveDataExport } = await import('./exportData');
      const text = saveDataExport(content, { format, redaction, edges, csvKinds: tables });
      useStatus.getState().notify({ tone: 'info', text });
      setProblem(null);
      onDone();
    } catch (error) {
      setProblem(
        `The export could not be written: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="data-export" onSubmit={(e) => void submit(e)} noValidate>
      <p>{about[format]}</p>
      {format === 'geojson' && onImage > 0 && (
        <p className="data-export-warning">
          {onImage === 1 ? '1 place is' : `${onImage} places are`} drawn on an image or floor plan
          and will be left out: {onImage === 1 ? 'its position is' : 'their positions are'} image
          pixels, not longitude and latitude.
        </p>
      )}
      {(format === 'graphml' || format === 'gexf') && (
        <ChoiceGroup
          legend="Associations"
          choices={edgeChoices}
          value={edges}
          onChange={setEdges}
        />
      )}
      {format === 'csv' && (
        <CheckList
          legend="Tables (one file each)"
          options={csvKinds.map((k) => ({
            key: k,
            label: `${kinds[k].noun.many[0]!.toUpperCase()}${kinds[k].noun.many.slice(1)} (${counts[k]})`,
          }))}
          isChecked={(k) => tables.includes(k as CsvKind)}
          onToggle={(k, on) => setTables((t) => toggled(t, k as CsvKind, on))}
        />
      )}
      <ChoiceGroup
        legend="Names and notes"
        choices={redactionChoices}
        value={redaction}
        onChange={setRedaction}
      />
      {presenterSafe && redaction === 'none' && (
        <p className="data-export-warning">
          Presenter-safe is on, but this file will hold full names and notes.
        </p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" aria-busy={busy} disabled={busy}>
          {format === 'csv' && tables.length > 1 ? 'Save files' : 'Save file'}
        </button>
      </div>
    </form>
  );
}
