import { toDateString } from '../dates';
import { writeCsv } from './csv';
import { csvKinds, type CsvKind } from './csvColumns';
import {
  prepareExport,
  redactionFor,
  type ExportSource,
  type RedactionChoice,
} from './exportBoard';
import { dataFileName } from './fileNames';
import { writeGexf } from './gexf';
import { writeGeojson } from './geojson';
import { writeGraphml } from './graphml';
import { networkGraph, type EdgeMode } from './networkGraph';

export type DataFormat = 'graphml' | 'gexf' | 'geojson' | 'csv';

/** What the user asked for in the export dialog. */
export interface DataExportRequest {
  format: DataFormat;
  redaction: RedactionChoice;
  /** GraphML and GEXF: associations each as recorded, or all from → to (for networkx). */
  edges: EdgeMode;
  /** CSV: which kinds, one file each. */
  csvKinds: readonly CsvKind[];
}

/** A file ready to save. */
export interface DataFile {
  name: string;
  type: string;
  text: string;
}

export interface DataExport {
  files: DataFile[];
  /** Something the user should know about what was left out, or ''. */
  note: string;
}

const types: Record<DataFormat, string> = {
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
};

/** Writes the files of one export of a board, in memory: nothing is saved or sent here. */
export function writeDataExport(
  source: ExportSource,
  request: DataExportRequest,
  now: Date,
): DataExport {
  const data = prepareExport(source, redactionFor(request.redaction, source.board), now);
  const redacted = data.redaction !== null;
  const name = (extension: string, part?: string) =>
    dataFileName(data.board.title, toDateString(now), extension, { part, redacted });
  const file = (text: string, extension: string, part?: string): DataFile => ({
    name: name(extension, part),
    type: types[request.format],
    text,
  });
  switch (request.format) {
    case 'graphml':
      return {
        files: [file(writeGraphml(networkGraph(data, request.edges)), 'graphml')],
        note: '',
      };
    case 'gexf':
      return { files: [file(writeGexf(networkGraph(data, request.edges)), 'gexf')], note: '' };
    case 'geojson': {
      const { text, note } = writeGeojson(data);
      return { files: [file(text, 'geojson')], note };
    }
    case 'csv':
      return {
        files: csvKinds
          .filter((k) => request.csvKinds.includes(k))
          .map((k) => file(writeCsv(k, data), 'csv', k)),
        note: '',
      };
  }
}
