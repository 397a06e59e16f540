// @vitest-environment node
// Node's own Blob: fake-indexeddb clones records with Node's structuredClone, which keeps a Node
// Blob but turns jsdom's into an empty object (a real browser keeps either).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo, runCommand, undo } from '../../src/commands/bus';
import { BOARD_LIST_SCOPE } from '../../src/commands/command';
import { chooseBasemap } from '../../src/commands/boards/chooseBasemap';
import { createBoard } from '../../src/commands/boards/createBoard';
import { deleteBoard } from '../../src/commands/boards/deleteBoard';
import { duplicateBoard } from '../../src/commands/boards/duplicateBoard';
import type { PeersDb } from '../../src/db/database';
import type { BasemapFile } from '../../src/domain/kinds/basemapFile';
import type { Basemap, Board } from '../../src/domain/kinds/board';
import { validateRecord } from '../../src/domain/kinds';
import { freshDb } from './dbHelpers';
import { boardFields, mustRun } from './busHelpers';
import { sampleBasemapFile } from './sampleRecords';

describe('basemap file records', () => {
  const file = sampleBasemapFile('f1', 'b1');

  it('accepts a stored image or PMTiles file', () => {
    expect(validateRecord('basemapFiles', file).ok).toBe(true);
    const pmtiles = sampleBasemapFile('f2', 'b1', { kind: 'pmtiles', type: '' });
    expect(validateRecord('basemapFiles', pmtiles).ok).toBe(true);
  });

  it('refuses a record whose bytes are missing or not a Blob', () => {
    for (const data of [undefined, 'iVBORw0KGgo=', { size: 4 }]) {
      const result = validateRecord('basemapFiles', { ...file, data });
      expect(result.ok ? [] : result.problems.map((p) => p.field)).toContain('data');
    }
  });

  it('refuses a record whose stored bytes do not match its size', () => {
    const result = validateRecord('basemapFiles', { ...file, size: 99 });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        field: 'data',
        message: 'The stored file is not complete',
        words: 'The stored file is not complete (the file’s contents)',
      },
    ]);
  });

  it('refuses an image over 30 MB and a kind that is not a basemap file', () => {
    const big = validateRecord('basemapFiles', { ...file, size: 31 * 1024 * 1024 });
    expect(big.ok ? [] : big.problems.map((p) => p.message)).toContain(
      'A background image can be at most 30 MB',
    );
    const odd = validateRecord('basemapFiles', { ...file, kind: 'video' });
    expect(odd.ok).toBe(false);
  });
});

describe('choosing a basemap', () => {
  let d: PeersDb;
  let board: Board;
  beforeEach(async () => {
    d = await freshDb();
    await mustRun(createBoard('b1', boardFields));
    board = (await d.boards.get('b1'))!;
  });
  afterEach(() => d.close());

  const files = () => d.table_('basemapFiles').toArray();
  const basemapNow = async () => (await d.boards.get('b1'))!.basemap;
  const imageOf = (f: BasemapFile): Basemap => ({
    kind: 'image',
    fileName: f.fileName,
    blobId: f.id,
    width: 800,
    height: 600,
  });

  it('a new board has the plain grid', () => {
    expect(board.basemap).toEqual({ kind: 'none' });
  });

  it('stores the file and sets the basemap in one step; undo takes back both', async () => {
    const file = sampleBasemapFile('f1', 'b1');
    await mustRun(chooseBasemap(board, imageOf(file), file));
    expect(await basemapNow()).toEqual(imageOf(file));
    const [stored] = await files();
    expect(stored?.fileName).toBe('floor-plan.png');
    expect(stored?.data).toBeInstanceOf(Blob);
    expect(await stored!.data.arrayBuffer()).toEqual(await file.data.arrayBuffer());

    await undo('b1');
    expect(await basemapNow()).toEqual({ kind: 'none' });
    expect(await files()).toEqual([]);

    await redo('b1');
    expect(await basemapNow()).toEqual(imageOf(file));
    expect((await files()).map((f) => f.id)).toEqual(['f1']);
  });

  it('switching away deletes the old file; undo brings it back', async () => {
    const file = sampleBasemapFile('f1', 'b1');
    await mustRun(chooseBasemap(board, imageOf(file), file));
    await mustRun(chooseBasemap(board, { kind: 'sketch' }, null));
    expect(await basemapNow()).toEqual({ kind: 'sketch' });
    expect(await files()).toEqual([]);

    await undo('b1');
    expect(await basemapNow()).toEqual(imageOf(file));
    expect((await files()).map((f) => f.id)).toEqual(['f1']);
  });

  it('each choice is its own undo step, even in quick succession', async () => {
    await mustRun(chooseBasemap(board, { kind: 'sketch' }, null));
    const tiles: Basemap = {
      kind: 'tiles',
      urlTemplate: 'https://t.example.org/{z}/{x}/{y}.png',
      attribution: '© Example',
    };
    await mustRun(chooseBasemap(board, tiles, null));
    await undo('b1');
    expect(await basemapNow()).toEqual({ kind: 'sketch' });
    await undo('b1');
    expect(await basemapNow()).toEqual({ kind: 'none' });
  });

  it('a file that fails its checks stores nothing, and the board keeps its basemap', async () => {
    const file = sampleBasemapFile('f1', 'b1', { size: 5 });
    const result = await runCommand(chooseBasemap(board, imageOf(file), file));
    expect(result.ok ? '' : result.message).toMatch(/not complete/);
    expect(await basemapNow()).toEqual({ kind: 'none' });
    expect(await files()).toEqual([]);
  });

  it('deleting the board deletes its file; undo restores both', async () => {
    const file = sampleBasemapFile('f1', 'b1');
    await mustRun(chooseBasemap(board, imageOf(file), file));
    await mustRun(deleteBoard((await d.boards.get('b1'))!));
    expect(await files()).toEqual([]);
    await undo(BOARD_LIST_SCOPE);
    expect((await files()).map((f) => f.id)).toEqual(['f1']);
    expect(await basemapNow()).toEqual(imageOf(file));
  });

  it('a duplicated board draws from its own copy of the file', async () => {
    const file = sampleBasemapFile('f1', 'b1');
    await mustRun(chooseBasemap(board, imageOf(file), file));
    await mustRun(duplicateBoard((await d.boards.get('b1'))!, 'b2', 'Copy'));
    const copy = (await d.boards.get('b2'))!;
    const [copied] = await d.table_('basemapFiles').where('boardId').equals('b2').toArray();
    expect(copied).toBeDefined();
    expect(copied!.id).not.toBe('f1');
    expect(copy.basemap).toEqual({ ...imageOf(file), blobId: copied!.id });
    expect(await copied!.data.arrayBuffer()).toEqual(await file.data.arrayBuffer());

    // Deleting the original leaves the copy's map intact.
    await mustRun(deleteBoard((await d.boards.get('b1'))!));
    expect((await files()).map((f) => f.id)).toEqual([copied!.id]);
  });
});
