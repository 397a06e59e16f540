import './csvImport.css';
import { useId, useMemo, useState } from 'react';
import { runCommand } from '../../commands/bus';
import { importRecords } from '../../commands/import/importRecords';
import type { BoardContent } from '../../db/queries';
import { sizeInWords } from '../../domain/basemap';
import { associationKinds, type AssociationKind } from '../../domain/vocabulary';
import { useStatus } from '../../state/statusStore';
import { ColumnMapping } from './ColumnMapping';
import { DuplicateChoices } from './DuplicateChoices';
import { PreviewTable } from './PreviewTable';
import { RowProblems } from './RowProblems';
import { ImportWizardFrame } from './ImportWizardFrame';
import { ValueMapping } from './ValueMapping';
import { valueGroups } from './valueGroups';
import {
  NETWORK_MAX_BYTES,
  useNetworkWizard,
  type NetworkStep,
  type NetworkWizard,
} from './useNetworkWizard';
import { edgeTargets, nodeTargets } from '../../domain/formats/networkImport/networkTables';

const stepTitles: Record<NetworkStep, string> = {
  file: 'Choose the file',
  columns: 'Match the attributes',
  values: 'Match the values',
  check: 'Check the nodes and edges',
  duplicates: 'Likely duplicates',
};

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function FileStep({ wizard }: { wizard: NetworkWizard }) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-file`}>GraphML or GEXF file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".graphml,.gexf,.xml,application/xml,text/xml"
          disabled={wizard.reading !== null}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (chosen) void wizard.chooseFile(chosen);
          }}
        />
        <p id={`${id}-hint`} className="field-hint">
          A network from Gephi, yEd, networkx, Cytoscape or another board, up to{' '}
          {sizeInWords(NETWORK_MAX_BYTES)}: its nodes become people and its edges associations. The
          file is read on this device; nothing is sent anywhere.
        </p>
      </div>
      {wizard.reading && <p role="status">{wizard.reading}</p>}
    </>
  );
}

function ColumnsStep({ wizard }: { wizard: NetworkWizard }) {
  const id = useId();
  const { loaded } = wizard;
  if (!loaded) return null;
  const { file, tables } = loaded;
  return (
    <>
      <p>
        “{loaded.name}” ({file.format}): {count(file.nodes.length, 'node', 'nodes')} and{' '}
        {count(file.edges.length, 'edge', 'edges')}.
      </p>
      <h4>Nodes become people</h4>
      <ColumnMapping
        table={tables.people}
        targets={nodeTargets}
        mapping={wizard.nodeMapping}
        onChange={wizard.mapNode}
        missing={wizard.missing}
      />
      {tables.asExported.length > 0 && (
        <p className="import-note">
          Also brought in as Peers &amp; Places wrote them: {tables.asExported.join(', ')}.
        </p>
      )}
      <h4>Edges become associations</h4>
      {tables.associations.columns.length > 0 ? (
        <ColumnMapping
          table={tables.associations}
          targets={edgeTargets}
          mapping={wizard.edgeMapping}
          onChange={wizard.mapEdge}
          missing={[]}
        />
      ) : (
        <p>The edges have no attributes.</p>
      )}
      <div className="field inline-field">
        <label htmlFor={`${id}-kind`}>An edge with no kind is recorded as</label>
        <select
          id={`${id}-kind`}
          value={wizard.defaultKind}
          onChange={(e) => wizard.setDefaultKind(e.target.value as AssociationKind)}
        >
          {associationKinds.map((k) => (
            <option key={k.key} value={k.key}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function ValuesStep({ wizard }: { wizard: NetworkWizard }) {
  const { loaded } = wizard;
  const nodes = useMemo(
    () =>
      loaded
        ? valueGroups(loaded.tables.people, nodeTargets, wizard.nodeMapping, wizard.values)
        : [],
    [loaded, wizard.nodeMapping, wizard.values],
  );
  const edges = useMemo(
    () =>
      loaded
        ? valueGroups(
            loaded.tables.associations,
            edgeTargets,
            wizard.edgeMapping,
            wizard.edgeValues,
          )
        : [],
    [loaded, wizard.edgeMapping, wizard.edgeValues],
  );
  if (nodes.length + edges.length === 0)
    return (
      <p>None of the attributes chosen holds values from the app’s lists: nothing to match.</p>
    );
  return (
    <>
      <ValueMapping groups={nodes} onChoose={wizard.chooseNodeValue} />
      <ValueMapping groups={edges} onChoose={wizard.chooseEdgeValue} />
    </>
  );
}

function CheckStep({ wizard }: { wizard: NetworkWizard }) {
  const { loaded, built, plan } = wizard;
  if (!loaded) return null;
  if (!built || !plan) return <p role="status">Checking the nodes and edges…</p>;
  const associations = plan.creates.filter((c) => c.table === 'associations').length;
  const groups = plan.creates.filter((c) => c.table === 'groups').length;
  return (
    <>
      <p role="status">
        {count(built.people.rows.length, 'person', 'people')} of{' '}
        {count(loaded.file.nodes.length, 'node', 'nodes')} and{' '}
        {count(associations, 'association', 'associations')} of{' '}
        {count(loaded.file.edges.length, 'edge', 'edges')} can be imported
        {groups > 0 ? `, with ${count(groups, 'new group', 'new groups')}` : ''}.
        {plan.edgesLeftOut > 0 &&
          ` ${count(plan.edgesLeftOut, 'edge joins', 'edges join')} a node that is left out or skipped.`}
      </p>
      <PreviewTable
        preview={built.people.preview}
        noun={{ one: 'person', many: 'people' }}
        rowLabel="Node"
      />
      <RowProblems
        source={loaded.name}
        problems={built.people.problems}
        row={{ one: 'node', many: 'nodes', label: 'Node' }}
        name={`Problems with the nodes of ${loaded.name}`}
      />
      <RowProblems
        source={loaded.name}
        problems={built.edges.problems}
        row={{ one: 'edge', many: 'edges', label: 'Edge' }}
        name={`Problems with the edges of ${loaded.name}`}
      />
    </>
  );
}

function DuplicatesStep({ wizard, content }: { wizard: NetworkWizard; content: BoardContent }) {
  const { built, choices, setChoices } = wizard;
  const matches = useMemo(() => {
    if (!built) return [];
    const rows = new Map(built.people.rows.map((r) => [r.line, r.record]));
    const people = new Map(content.people.map((p) => [p.id, p]));
    return built.people.duplicates.map((d) => ({
      line: d.line,
      row:
        (rows.get(d.line) as { displayName?: string } | undefined)?.displayName ?? `Node ${d.line}`,
      existing: people.get(d.existingId)?.displayName ?? 'a person',
      reason: d.reason,
    }));
  }, [built, content.people]);
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
 * The GraphML / GEXF import: the file, its node and edge attributes matched to people's and
 * associations' fields (as for a CSV file), their values, a check, and likely duplicates. One
 * command writes it all, so one undo takes it away.
 */
export default function NetworkImportWizard({
  content,
  onClose,
}: {
  content: BoardContent;
  onClose: () => void;
}) {
  const wizard = useNetworkWizard(content);
  const { step, setStep, loaded, built, plan, missing } = wizard;
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  const steps: NetworkStep[] = ['file', 'columns', 'values', 'check'];
  if (built && built.people.duplicates.length > 0) steps.push('duplicates');
  const people = plan?.creates.filter((c) => c.table === 'people').length ?? 0;
  const associations = plan?.creates.filter((c) => c.table === 'associations').length ?? 0;
  const merged = plan?.counts.merged ?? 0;
  const importText =
    people + associations + merged === 0
      ? null
      : `Import ${count(people, 'person', 'people')} and ${count(associations, 'association', 'associations')}${merged ? ` (merge ${merged.toLocaleString('en-GB')})` : ''}`;

  const doImport = async () => {
    if (!plan || !loaded || importing) return;
    setImporting(true);
    setImportError(null);
    const label = `Import ${count(people, 'person', 'people')} and ${count(associations, 'association', 'associations')} from “${loaded.name}”`;
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
      className="network-import"
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
      importingText={`Importing ${count(people, 'person', 'people')} and ${count(associations, 'association', 'associations')}…`}
    >
      {step === 'file' && <FileStep wizard={wizard} />}
      {step === 'columns' && <ColumnsStep wizard={wizard} />}
      {step === 'values' && <ValuesStep wizard={wizard} />}
      {step === 'check' && <CheckStep wizard={wizard} />}
      {step === 'duplicates' && <DuplicatesStep wizard={wizard} content={content} />}
    </ImportWizardFrame>
  );
}
