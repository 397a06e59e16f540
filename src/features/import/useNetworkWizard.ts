import { useCallback, useMemo, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { boardIndexOf } from '../../domain/formats/csvImport/boardIndex';
import { buildRows, type BuildResult } from '../../domain/formats/csvImport/buildRows';
import { mappedTargets, remap, type ColumnMapping } from '../../domain/formats/csvImport/headers';
import type { DuplicateChoice } from '../../domain/formats/csvImport/importPlan';
import { missingTargets } from '../../domain/formats/csvImport/targets';
import { guessValues, withValueChoice, type ValueMap } from '../../domain/formats/csvImport/values';
import { newId } from '../../domain/ids';
import { NETWORK_DIAGRAM } from '../../domain/kinds/position';
import type { AssociationKind } from '../../domain/vocabulary';
import { buildEdges } from '../../domain/formats/networkImport/networkEdges';
import {
  planNetworkImport,
  type NetworkContext,
} from '../../domain/formats/networkImport/networkPlan';
import {
  edgeTargets,
  guessNetworkMapping,
  networkTables,
  nodeTargets,
  type NetworkTables,
} from '../../domain/formats/networkImport/networkTables';
import { readNetworkFile, type NetworkFile } from '../../domain/formats/networkImport/readNetwork';
import { FileRefused } from '../../domain/formats/networkImport/xmlFile';

export type NetworkStep = 'file' | 'columns' | 'values' | 'check' | 'duplicates';

/** Network files bigger than this are refused before they are read (a 50,000-node file is ~40 MB). */
export const NETWORK_MAX_BYTES = 100 * 1024 * 1024;

export interface LoadedNetwork {
  name: string;
  file: NetworkFile;
  tables: NetworkTables;
}

/** Lets the browser paint (a status line, say) before a long piece of work on this thread. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The GraphML / GEXF import's state: the file read into two neutral tables (nodes, edges), the
 * columns and values mapped as for a CSV file, and the rows built into people and associations.
 */
export function useNetworkWizard(content: BoardContent) {
  // The board as it was when the wizard opened, as for the duplicates' index: the import's own
  // write changes the board's content before the command returns, and planning again against it
  // (thousands of people) would only delay the import, to find every edge already there.
  const [index] = useState(() => boardIndexOf(content));
  const [board] = useState((): NetworkContext => ({
    boardId: content.board.id,
    positions: content.positions.filter(
      (p) => p.nodeKind === 'person' && p.diagram === NETWORK_DIAGRAM,
    ),
    groups: content.groups,
    memberships: content.memberships,
    associations: content.associations,
  }));
  const [step, setStep] = useState<NetworkStep>('file');
  const [loaded, setLoaded] = useState<LoadedNetwork | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [nodeMapping, setNodeMapping] = useState<ColumnMapping>([]);
  const [edgeMapping, setEdgeMapping] = useState<ColumnMapping>([]);
  const [values, setValues] = useState<ValueMap>({});
  const [edgeValues, setEdgeValues] = useState<ValueMap>({});
  const [defaultKind, setDefaultKind] = useState<AssociationKind>('friendship');
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());

  const chooseFile = useCallback(async (chosen: File) => {
    setMessage(null);
    if (chosen.size > NETWORK_MAX_BYTES) {
      setMessage(
        `“${chosen.name}” is ${(chosen.size / 1024 / 1024).toFixed(0)} MB; network files of up to 100 MB can be imported.`,
      );
      return;
    }
    setReading(`Reading “${chosen.name}”…`);
    try {
      const text = await chosen.text();
      setReading(`Checking the nodes and edges of “${chosen.name}”…`);
      await nextFrame();
      const file = readNetworkFile(chosen.name, text);
      const tables = networkTables(chosen.name, file);
      const guessed = guessNetworkMapping(tables);
      setLoaded({ name: chosen.name, file, tables });
      setNodeMapping(guessed.people);
      setEdgeMapping(guessed.associations);
      setValues(guessValues(tables.people, guessed.people, nodeTargets));
      setEdgeValues(guessValues(tables.associations, guessed.associations, edgeTargets));
      setChoices(new Map());
      setStep('columns');
    } catch (error) {
      setLoaded(null);
      setMessage(
        error instanceof FileRefused
          ? `${error.message}${error.problems.length > 1 ? ` (and ${error.problems.length - 1} more problems)` : ''}. Nothing was imported.`
          : `“${chosen.name}” could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.`,
      );
    } finally {
      setReading(null);
    }
  }, []);

  const mapNode = useCallback(
    (column: number, target: string | null) => {
      if (!loaded) return;
      const next = remap(nodeMapping, column, target);
      setNodeMapping(next);
      setValues((v) => guessValues(loaded.tables.people, next, nodeTargets, v));
    },
    [loaded, nodeMapping],
  );
  const mapEdge = useCallback(
    (column: number, target: string | null) => {
      if (!loaded) return;
      const next = remap(edgeMapping, column, target);
      setEdgeMapping(next);
      setEdgeValues((v) => guessValues(loaded.tables.associations, next, edgeTargets, v));
    },
    [loaded, edgeMapping],
  );
  const choose =
    (set: typeof setValues) => (target: string, value: string, choice: string | null) =>
      set((v) => withValueChoice(v, target, value, choice));

  const missing = useMemo(
    () => missingTargets('people', mappedTargets(nodeMapping)),
    [nodeMapping],
  );

  // Built when the rows are shown: the people through the CSV import's own reader (every field
  // parsed and checked with the person's schema), the edges as associations.
  const checking = step === 'check' || step === 'duplicates';
  const built = useMemo((): {
    people: BuildResult;
    edges: ReturnType<typeof buildEdges>;
  } | null => {
    if (!checking || !loaded || missing.length) return null;
    const people = buildRows(loaded.tables.people, {
      kind: 'people',
      mapping: nodeMapping,
      values,
      index,
      addMissingPeople: false,
    });
    const edges = buildEdges(
      loaded.file,
      loaded.tables,
      edgeMapping,
      edgeValues,
      defaultKind,
      index.boardId,
    );
    return { people, edges };
  }, [
    checking,
    loaded,
    missing.length,
    nodeMapping,
    values,
    index,
    edgeMapping,
    edgeValues,
    defaultKind,
  ]);

  const plan = useMemo(() => {
    if (!built || !loaded) return null;
    return planNetworkImport(
      loaded.file,
      loaded.tables,
      built.people,
      nodeMapping,
      built.edges.edges,
      choices,
      board,
      { newId, now: new Date() },
    );
  }, [built, loaded, nodeMapping, choices, board]);

  return {
    step,
    setStep,
    loaded,
    reading,
    message,
    chooseFile,
    nodeMapping,
    edgeMapping,
    mapNode,
    mapEdge,
    values,
    edgeValues,
    chooseNodeValue: choose(setValues),
    chooseEdgeValue: choose(setEdgeValues),
    defaultKind,
    setDefaultKind,
    missing,
    built,
    plan,
    choices,
    setChoices,
  };
}

export type NetworkWizard = ReturnType<typeof useNetworkWizard>;
