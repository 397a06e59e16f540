import type { Draft } from '../../db/writer';
import { basemapFileId, basemapName } from '../../domain/basemap';
import type { BasemapFile } from '../../domain/kinds/basemapFile';
import type { Basemap, Board } from '../../domain/kinds/board';
import type { Command } from '../command';
import { updateBoard } from './updateBoard';

/**
 * Sets the board's basemap; with a file (an offline map or an image) the file is stored in the same
 * step, so one undo takes back both. The file of the basemap being replaced is deleted with it: a
 * board keeps only the file it draws from, and undo brings the old one back.
 */
export function chooseBasemap(board: Board, basemap: Basemap, file: BasemapFile | null): Command {
  const label = `Basemap: ${basemapName(basemap)}`;
  const base = updateBoard(board, { basemap }, board.id, label);
  return {
    ...base,
    name: 'chooseBasemap',
    // Each choice is its own undo step, even when made quickly one after another.
    coalesceKey: undefined,
    plan: async (reader) => {
      const drafts: Draft[] = await base.plan(reader);
      const current = await reader.get('boards', board.id);
      const oldFile = current ? basemapFileId(current.basemap) : null;
      if (file) drafts.push({ table: 'basemapFiles', id: file.id, after: file });
      if (
        oldFile &&
        oldFile !== basemapFileId(basemap) &&
        (await reader.get('basemapFiles', oldFile))
      )
        drafts.push({ table: 'basemapFiles', id: oldFile, after: null });
      return drafts;
    },
  };
}
