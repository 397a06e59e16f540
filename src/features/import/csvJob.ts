import {
  buildRows,
  type BuildRequest,
  type BuildResult,
} from '../../domain/formats/csvImport/buildRows';
import type { Delimiter } from '../../domain/formats/csvImport/delimiter';
import { parseCsv, type ParseResult } from '../../domain/formats/csvImport/parseCsv';
import type { ImportTable } from '../../domain/formats/csvImport/table';
import type { FromWorker, ToWorker } from './csvProtocol';
import { importTestHooks } from './testHooks';

/** Reading a CSV file and its rows, away from the page's own thread where a browser allows. */
export interface CsvJob {
  parse(
    bytes: ArrayBuffer,
    fileName: string,
    delimiter: Delimiter | null,
    onProgress: (rows: number) => void,
  ): Promise<ParseResult>;
  build(request: BuildRequest): Promise<BuildResult>;
  /** Stops whatever is under way (its promise rejects with `Cancelled`) and ends the worker. */
  cancel(): void;
}

export class Cancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'Cancelled';
  }
}

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress?: (rows: number) => void;
}

/** The job in a module worker (csvWorker.ts). A cancelled job starts a new worker when asked again. */
export function workerJob(): CsvJob {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      const p = pending.get(data.id);
      if (!p) return;
      if (data.type === 'progress') return p.onProgress?.(data.rows);
      pending.delete(data.id);
      if (data.type === 'failed') p.reject(new Error(data.message));
      else p.resolve(data.result as never);
    };
    w.onerror = (e) => {
      e.preventDefault();
      for (const p of pending.values()) p.reject(new Error(e.message || 'The file reader stopped'));
      pending.clear();
    };
    worker = w;
    return w;
  };

  const ask = <T>(message: ToWorker, onProgress?: (rows: number) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const w = start();
      if ('id' in message) pending.set(message.id, { resolve, reject, onProgress });
      if (message.type === 'parse') w.postMessage(message, [message.bytes]);
      else w.postMessage(message);
    });

  // Started at once, so the worker's code is fetched and compiled while the user picks a file.
  start();
  return {
    parse(bytes, fileName, delimiter, onProgress) {
      const hold = importTestHooks.holdParse;
      if (hold) importTestHooks.release = () => worker?.postMessage({ type: 'release' });
      // The page keeps its own copy of the bytes, to read again with another delimiter.
      const copy = bytes.slice(0);
      return ask(
        { type: 'parse', id: nextId++, bytes: copy, fileName, delimiter, hold },
        onProgress,
      );
    },
    build: (request) => ask({ type: 'build', id: nextId++, request }),
    cancel() {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new Cancelled());
      pending.clear();
    },
  };
}

/**
 * The same job on the page's own thread: for tests (jsdom has no workers) and any browser that
 * cannot start a module worker. It cannot be stopped part way, only have its answer dropped.
 */
export function inlineJob(): CsvJob {
  let table: ImportTable | null = null;
  let generation = 0;
  const run = async <T>(work: () => T): Promise<T> => {
    const mine = generation;
    await Promise.resolve();
    const out = work();
    if (mine !== generation) throw new Cancelled();
    return out;
  };
  return {
    parse: (bytes, fileName, delimiter, onProgress) =>
      run(() => {
        const result = parseCsv(new Uint8Array(bytes), fileName, { delimiter, onProgress });
        table = result.ok ? result.table : null;
        return result;
      }),
    build: (request) =>
      run(() => {
        if (!table) throw new Error('No file has been read yet');
        return buildRows(table, request);
      }),
    cancel: () => {
      generation++;
    },
  };
}

/** A worker where the browser has them. */
export const defaultJob = (): CsvJob => (typeof Worker === 'undefined' ? inlineJob() : workerJob());
