import {
  PMTILES_HEADER_BYTES,
  pmtilesFileProblem,
  readPmtilesHeader,
  type PmtilesSummary,
} from '../../../domain/basemap';
import { SHORT_TEXT_MAX } from '../../../domain/text';

export type Checked<T> = ({ ok: true } & T) | { ok: false; message: string };

/** A file's name as stored: long names are cut, never refused. */
export const storedName = (file: File) => file.name.slice(0, SHORT_TEXT_MAX) || 'unnamed file';

/** Checks a chosen file is a PMTiles v3 archive this app can draw, reading only its header. */
export async function checkPmtilesFile(file: File): Promise<Checked<{ summary: PmtilesSummary }>> {
  const name = storedName(file);
  const sizeProblem = pmtilesFileProblem(name, file.size);
  if (sizeProblem) return { ok: false, message: sizeProblem };
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, PMTILES_HEADER_BYTES).arrayBuffer());
  } catch {
    return { ok: false, message: `“${name}” could not be read from the disk` };
  }
  const read = readPmtilesHeader(name, head);
  return read.ok ? { ok: true, summary: read.summary } : { ok: false, message: read.problem };
}
