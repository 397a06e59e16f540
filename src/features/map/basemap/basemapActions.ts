import { runCommand, type RunResult } from '../../../commands/bus';
import { chooseBasemap } from '../../../commands/boards/chooseBasemap';
import { attributionProblem, tileTemplateProblem } from '../../../domain/basemap';
import { newId } from '../../../domain/ids';
import { tileImageSource } from '../../../domain/tileImagePolicy';
import type { BasemapFile, BasemapFileKind } from '../../../domain/kinds/basemapFile';
import type { Basemap, Board } from '../../../domain/kinds/board';
import { checkImageFile, checkPmtilesFile, storedName } from './readBasemapFile';

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

/** A floor plan or a photo of a paper map, stored in this browser with the board. */
export async function chooseImageFile(board: Board, file: File): Promise<RunResult> {
  const checked = await checkImageFile(file);
  if (!checked.ok) return refused(checked.message);
  const record = fileRecord(board, file, 'image');
  const basemap: Basemap = {
    kind: 'image',
    fileName: record.fileName,
    blobId: record.id,
    width: checked.width,
    height: checked.height,
  };
  return runCommand(chooseBasemap(board, basemap, record));
}
