import type { BoardContent } from '../../db/queries';
import { csvKinds, type CsvKind } from '../../domain/formats/csvKinds';
import { writeDataExport, type DataExportRequest } from '../../domain/formats/dataExport';
import { redactionFor } from '../../domain/formats/exportBoard';
import { kinds } from '../../domain/kinds';
import { labelOf, namePolicies } from '../../domain/vocabulary';
import { download } from '../../ui/download';

const formatWords: Record<DataExportRequest['format'], string> = {
  graphml: 'the network as GraphML',
  gexf: 'the network as GEXF',
  geojson: 'places and incidents as GeoJSON',
  csv: 'CSV tables',
};

/** "redacted: initials" or "not redacted", for the message after an export. */
function redactionWords(content: BoardContent, request: DataExportRequest): string {
  const redaction = redactionFor(request.redaction, content.board);
  if (!redaction) return 'not redacted';
  const names = labelOf(namePolicies, redaction.names).toLowerCase();
  return `redacted: ${names}${request.redaction === 'presenter-safe' ? ', presenter-safe' : ''}`;
}

const tablesWords = (chosen: readonly CsvKind[]) =>
  csvKinds
    .filter((k) => chosen.includes(k))
    .map((k) => kinds[k].noun.many)
    .join(', ');

/**
 * Writes the chosen export of the board as it is now and saves each file through the browser's
 * own download: nothing leaves the device otherwise. Returns what to tell the user. Loaded on
 * first use, with the writers (graphology, papaparse), so none of it is part of the app's first
 * download (nor is the message store imported here: sharing it would split a startup chunk).
 */
export function saveDataExport(content: BoardContent, request: DataExportRequest): string {
  const { board, people, groups, memberships, associations, places, placeLinks } = content;
  const { incidents, actions, positions } = content;
  const source = {
    board,
    tables: {
      people,
      groups,
      memberships,
      associations,
      places,
      placeLinks,
      incidents,
      actions,
      positions,
    },
  };
  const { files, note } = writeDataExport(source, request, new Date());
  for (const file of files) download(new Blob([file.text], { type: file.type }), file.name);
  const what =
    request.format === 'csv'
      ? `${formatWords.csv} (${tablesWords(request.csvKinds)})`
      : formatWords[request.format];
  return `Exported ${what}, ${redactionWords(content, request)}.${note ? ` ${note}` : ''}`;
}
