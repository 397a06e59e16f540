import type { OpenedBoardFile, TableRecord } from '../../domain/formats/boardFile/format';
import { isPlainPicture } from '../../domain/basemapPicture';
import type { BasemapFile } from '../../domain/kinds/basemapFile';
import { redrawPicture } from '../map';

export type Pictured = { ok: true; file: OpenedBoardFile } | { ok: false; problems: string[] };

/**
 * A board file carries its background images. The app stores them only as plain pictures, so one
 * that is not (an SVG saved by an older version, or a file written by hand) is redrawn as a
 * picture before anything is stored; one that cannot be drawn refuses the file, saying which.
 */
export async function withPlainPictures(file: OpenedBoardFile): Promise<Pictured> {
  const problems: string[] = [];
  const boards = [];
  for (const entry of file.boards) {
    const records: TableRecord[] = [];
    for (const item of entry.records) {
      const image = item.table === 'basemapFiles' ? (item.record as BasemapFile) : null;
      if (!image || image.kind !== 'image' || isPlainPicture(image.data.type)) {
        records.push(item);
        continue;
      }
      const drawn = await redrawPicture(image.data, image.fileName);
      if (!drawn.ok) {
        problems.push(
          `In board “${entry.board.title}”: the background image cannot be kept. ${drawn.message}.`,
        );
        continue;
      }
      const picture = drawn.picture;
      const redrawn: BasemapFile = {
        ...image,
        data: picture,
        type: picture.type,
        size: picture.size,
      };
      records.push({ table: 'basemapFiles', record: redrawn });
    }
    boards.push({ ...entry, records });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: { ...file, boards } };
}
