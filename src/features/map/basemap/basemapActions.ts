import { runCommand, type RunResult } from '../../../commands/bus';
import { chooseBasemap } from '../../../commands/boards/chooseBasemap';
import { attributionProblem, imageFileProblem, tileTemplateProblem } from '../../../domain/basemap';
import { keptSmallerNote } from '../../../domain/basemapPicture';
import { newId } from '../../../domain/ids';
import { tileImageSource } from '../../../domain/tileImagePolicy';
import type { BasemapFile, BasemapFileKind } from '../../../domain/kinds/basemapFile';
import type { Basemap, Board } from '../../../domain/kinds/board';
import { useStatus } from '../../../state/statusStore';
import { checkPmtilesFile, storedName } from './readBasemapFile';
import { redrawPicture } from './redrawPicture';

const refused = (message: string): RunResult => ({ ok: false, message });

/** The plain grid or the sketch: nothing to check, one undoable step. */
export function chooseBuiltIn(board: Board, kind: 'none' | 'sketch'): Promise<RunResult> {
  return runCommand(chooseBasemap(board, { kind }, null));
}

/** A tile server: the address and credit are checked first; a bad one stores nothing. */
export function chooseTiles(
  board: Board,
  template: string,
  attribution: string,
): Promise<RunResult> {
  const problem =
    tileTemplateProblem(template) ??
    (tileImageSource(template) === null
      ? 'Only {s} can stand for part of the server’s name: the page allows pictures from one named server, so put {z}, {x}, {y} and {r} after the first /'
      : null) ??
    attributionProblem(attribution);
  if (problem) return Promise.resolve(refused(problem));
  const basemap: Basemap = {
    kind: 'tiles',
    urlTemplate: template.trim(),
    attribution: attribution.trim(),
  };
  return runCommand(chooseBasemap(board, basemap, null));
}

function fileRecord(board: Board, file: File, kind: BasemapFileKind): BasemapFile {
  const now = new Date().toISOString();
  return {
    id: newId(),
    boardId: board.id,
    createdAt: now,
    updatedAt: now,
    fileName: storedName(file),
    kind,
    size: file.size,
    type: file.type.slice(0, 100),
    // A Blob, not the File: what is stored is the bytes, not where they came from on the disk.
    data: file.slice(0, file.size, file.type),
  };
}

/** An offline PMTiles map from disk, stored in this browser with the board. */
export async function choosePmtilesFile(board: Board, file: File): Promise<RunResult> {
  const checked = await checkPmtilesFile(file);
  if (!checked.ok) return refused(checked.message);
  const record = fileRecord(board, file, 'pmtiles');
  const basemap: Basemap = { kind: 'pmtiles', fileName: record.fileName, blobId: record.id };
  return runCommand(chooseBasemap(board, basemap, record));
}

/**
 * A floor plan or a photo of a paper map, stored in this browser with the board: not the file as
 * it came, but the picture redrawn from it (an SVG's scripts and links are gone; a huge image is
 * kept smaller, which is said).
 */
export async function chooseImageFile(board: Board, file: File): Promise<RunResult> {
  const name = storedName(file);
  const problem = imageFileProblem(name, file.size, file.type);
  if (problem) return refused(problem);
  const drawn = await redrawPicture(file, name);
  if (!drawn.ok) return refused(drawn.message);
  const record: BasemapFile = {
    ...fileRecord(board, file, 'image'),
    size: drawn.picture.size,
    type: drawn.picture.type,
    data: drawn.picture,
  };
  const basemap: Basemap = {
    kind: 'image',
    fileName: record.fileName,
    blobId: record.id,
    width: drawn.width,
    height: drawn.height,
  };
  const result = await runCommand(chooseBasemap(board, basemap, record));
  const note = keptSmallerNote(name, drawn.width, drawn.height);
  if (result.ok && note) useStatus.getState().notify({ tone: 'info', text: note });
  return result;
}
