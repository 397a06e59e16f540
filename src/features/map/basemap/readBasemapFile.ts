import {
  imageFileProblem,
  imageSizeProblem,
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

/**
 * Loads an image off screen: its size from the header first, then (only when that size can be
 * drawn) a full decode, since a file can announce a size and still be damaged further on.
 */
async function readImage(
  file: Blob,
  name: string,
): Promise<Checked<{ width: number; height: number }>> {
  const unreadable = {
    ok: false as const,
    message: `“${name}” could not be read as an image: it may be damaged, or in a format this browser cannot show`,
  };
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    const loaded = await new Promise<boolean>((resolve) => {
      img.onload = () => resolve(true);
      img.onerror = () => resolve(false);
      img.src = url;
    });
    if (!loaded) return unreadable;
    const sizeProblem = imageSizeProblem(name, img.naturalWidth, img.naturalHeight);
    if (sizeProblem) return { ok: false, message: sizeProblem };
    // An <img> shows a damaged PNG or JPEG as far as it can; createImageBitmap refuses it, which
    // is what is wanted here. SVG cannot be made a bitmap this way; loading it is check enough.
    if (file.type === 'image/svg+xml') await img.decode();
    else (await createImageBitmap(file)).close();
    return { ok: true, width: img.naturalWidth, height: img.naturalHeight };
  } catch {
    return unreadable;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Checks a chosen file is an image of a size that can be drawn; returns its size in pixels. */
export async function checkImageFile(
  file: File,
): Promise<Checked<{ width: number; height: number }>> {
  const name = storedName(file);
  const fileProblem = imageFileProblem(name, file.size, file.type);
  if (fileProblem) return { ok: false, message: fileProblem };
  return readImage(file, name);
}
