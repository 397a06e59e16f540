import { buildRows } from '../../domain/formats/csvImport/buildRows';
import { parseCsv } from '../../domain/formats/csvImport/parseCsv';
import type { ImportTable } from '../../domain/formats/csvImport/table';
import type { FromWorker, ToWorker } from './csvProtocol';

/**
 * The CSV import's worker: decodes and parses the file, then reads its rows as records each time
 * the user's mapping changes, so a file of tens of thousands of rows never stops the page. It keeps
 * the table it parsed; the page keeps a copy for the mapping steps. Started by csvJob.ts as a
 * module worker (Papa Parse's own `worker: true` does not survive bundling).
 */
const scope = self as unknown as {
  postMessage: (message: FromWorker) => void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let table: ImportTable | null = null;
let held: (() => void) | null = null;

scope.onmessage = ({ data }) => {
  if (data.type === 'release') {
    held?.();
    held = null;
    return;
  }
  try {
    if (data.type === 'parse') {
      const result = parseCsv(new Uint8Array(data.bytes), data.fileName, {
        delimiter: data.delimiter,
        onProgress: (rows) => scope.postMessage({ type: 'progress', id: data.id, rows }),
      });
      table = result.ok ? result.table : null;
      const answer = () => scope.postMessage({ type: 'parsed', id: data.id, result });
      if (data.hold) held = answer;
      else answer();
    } else if (!table) {
      scope.postMessage({ type: 'failed', id: data.id, message: 'No file has been read yet' });
    } else {
      scope.postMessage({ type: 'built', id: data.id, result: buildRows(table, data.request) });
    }
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      id: data.type === 'parse' || data.type === 'build' ? data.id : 0,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
