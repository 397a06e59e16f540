import {
  PMTILES_HEADER_BYTES,
  pmtilesFileProblem,
  readPmtilesHeader,
  type PmtilesSummary,
} from '../../../domain/basemap';
import { pmtilesContentProblem } from '../../../domain/pmtilesContent';
import { SHORT_TEXT_MAX } from '../../../domain/text';

export type Checked<T> = ({ ok: true } & T) | { ok: false; message: string };

/** A file's name as stored: long names are cut, never refused. */
export const storedName = (file: File) => file.name.slice(0, SHORT_TEXT_MAX) || 'unnamed file';

/** Unpacks gzip with the browser's own DecompressionStream (no library, nothing fetched). */
async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Checks a chosen file is a PMTiles v3 archive this app can draw: its header, then its content
 * (the index of its tiles, its description, its first tiles), so a damaged file is refused
 * before it replaces the map in use.
 */
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
  if (!read.ok) return { ok: false, message: read.problem };
  const problem = await pmtilesContentProblem(
    name,
    file.size,
    head,
    async (offset, length) =>
      new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
    gunzip,
  ).catch(() => `“${name}” could not be read from the disk`);
  return problem ? { ok: false, message: problem } : { ok: true, summary: read.summary };
}
