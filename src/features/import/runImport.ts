import { runCommand } from '../../commands/bus';
import { importRecords } from '../../commands/import/importRecords';
import type { BoardContent } from '../../db/queries';
import type { BuildResult } from '../../domain/formats/csvImport/buildRows';
import {
  planImport,
  type DuplicateChoice,
  type ImportPlan,
} from '../../domain/formats/csvImport/importPlan';
import { importNoun } from '../../domain/formats/csvImport/targets';
import { NETWORK_DIAGRAM } from '../../domain/kinds/position';
import { useStatus } from '../../state/statusStore';

/** The people drawn on the network now: new people are placed clear of them. */
const drawnPeople = (content: BoardContent) =>
  content.positions.filter((p) => p.nodeKind === 'person' && p.diagram === NETWORK_DIAGRAM);

export function planFor(
  content: BoardContent,
  built: BuildResult,
  choices: ReadonlyMap<number, DuplicateChoice>,
): ImportPlan {
  return planImport(built, choices, drawnPeople(content));
}

/** "Import 8 people", "Import 5 people and merge 3", or null when there is nothing to import. */
export function importButtonText(plan: ImportPlan, kind: BuildResult['kind']): string | null {
  const { added, merged } = plan.counts;
  if (added + merged === 0) return null;
  if (merged === 0) return `Import ${importNoun(kind, added)}`;
  if (added === 0) return `Merge ${importNoun(kind, merged)}`;
  return `Import ${importNoun(kind, added)} and merge ${merged.toLocaleString('en-GB')}`;
}

/**
 * Writes the import as one command (one undo step) and says what was done. Resolves with a
 * message when the store refused it; nothing was written then.
 */
export async function runImport(
  content: BoardContent,
  source: string,
  built: BuildResult,
  plan: ImportPlan,
): Promise<string | null> {
  const { added, merged, skipped, newPeople } = plan.counts;
  const what = [
    added > 0 ? importNoun(built.kind, added) : null,
    merged > 0 ? `${merged.toLocaleString('en-GB')} merged` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const label = `Import ${what} from “${source}”`;
  const result = await runCommand(importRecords(content.board.id, label, plan));
  if (!result.ok) return result.message;
  const rowsLeftOut = new Set(built.problems.map((p) => p.line)).size;
  const extra = [
    newPeople > 0 ? `added ${importNoun('people', newPeople)} the file names` : null,
    skipped > 0
      ? `skipped ${skipped.toLocaleString('en-GB')} likely ${skipped === 1 ? 'duplicate' : 'duplicates'}`
      : null,
    rowsLeftOut > 0
      ? `left out ${rowsLeftOut.toLocaleString('en-GB')} ${rowsLeftOut === 1 ? 'row' : 'rows'} with problems`
      : null,
  ].filter(Boolean);
  useStatus.getState().notify({
    tone: 'info',
    text: `Imported ${what} from “${source}”${extra.length ? `; ${extra.join('; ')}` : ''}.`,
    undoScope: content.board.id,
  });
  return null;
}
