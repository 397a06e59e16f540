import type { BuildRequest, BuildResult } from '../../domain/formats/csvImport/buildRows';
import type { Delimiter } from '../../domain/formats/csvImport/delimiter';
import type { ParseResult } from '../../domain/formats/csvImport/parseCsv';

/** What the page asks the CSV worker; each request has an id its answer carries. */
export type ToWorker =
  | {
      type: 'parse';
      id: number;
      bytes: ArrayBuffer;
      fileName: string;
      delimiter: Delimiter | null;
      /** Tests only: keep the answer until a `release` (see testHooks.ts). */
      hold: boolean;
    }
  | { type: 'release' }
  | { type: 'build'; id: number; request: BuildRequest };

export type FromWorker =
  | { type: 'progress'; id: number; rows: number }
  | { type: 'parsed'; id: number; result: ParseResult }
  | { type: 'built'; id: number; result: BuildResult }
  | { type: 'failed'; id: number; message: string };
