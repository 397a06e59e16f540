// @vitest-environment node
// Node's own Blob (as in schemaUpgrade.test.ts): the basemap file's bytes are compared byte for byte.
import { describe, expect, it } from 'vitest';
import type { BoardRecords } from '../../src/domain/formats/boardFile/format';
import { BOARD_FILE_FORMAT, BOARD_FILE_VERSION } from '../../src/domain/formats/boardFile/format';
import { readBoardFile, WRONG_PASSPHRASE } from '../../src/domain/formats/boardFile/readBoardFile';
import { writeBoardFile } from '../../src/domain/formats/boardFile/writeBoardFile';
import { boardContentTables } from '../../src/domain/kinds';
import { sampleBoard } from './boardFileHelpers';
import { sampleBasemapFile } from './sampleRecords';

const save = (boards: BoardRecords[], passphrase: string | null = null) =>
  writeBoardFile(boards, {
    contents: boards.length === 1 ? 'board' : 'backup',
    appVersion: '9.9.9',
    savedAt: '2026-12-06T10:00:00.000Z',
    passphrase,
  });

/**
 * Records as plain values in a fixed order (the file groups them by table), basemap bytes read
 * out, to compare what went in with what came out.
 */
async function plain(boards: readonly BoardRecords[]): Promise<unknown> {
  const order = (r: { table: string; record: { id: string } }) => `${r.table}\u0000${r.record.id}`;
  return Promise.all(
    boards.map(async ({ board, records }) => ({
      board,
      records: await Promise.all(
        [...records]
          .sort((a, b) => order(a).localeCompare(order(b)))
          .map(async ({ table, record }) => {
            const data = (record as { data?: unknown }).data;
            return data instanceof Blob
              ? {
                  table,
                  record: {
                    ...record,
                    data: [data.type, Array.from(new Uint8Array(await data.arrayBuffer()))],
                  },
                }
              : { table, record };
          }),
      ),
    })),
  );
}

describe('board file: save then open', () => {
  it('gives back every record of every table, exactly', async () => {
    const board = sampleBoard();
    const tables = new Set(board.records.map((r) => r.table));
    expect([...tables].sort()).toEqual([...boardContentTables].sort());

    const file = await save([board]);
    const text = await file.text();
    expect(JSON.parse(text)).toMatchObject({
      format: BOARD_FILE_FORMAT,
      formatVersion: BOARD_FILE_VERSION,
      appVersion: '9.9.9',
      contents: 'board',
      redaction: null,
    });
    const result = await readBoardFile(file, 'town.board.json');
    expect(result.state).toBe('opened');
    if (result.state !== 'opened') return;
    expect(result.file).toMatchObject({
      fileName: 'town.board.json',
      contents: 'board',
      redaction: null,
    });
    expect(await plain(result.file.boards)).toEqual(await plain([board]));
  });

  it('keeps a large stored map out of any single string, and its bytes intact', async () => {
    const bytes = Uint8Array.from({ length: 3 * 1024 * 1024 + 5 }, (_, i) => (i * 31) % 251);
    const map = sampleBasemapFile('bf1', 'b1', {
      kind: 'pmtiles',
      type: '',
      size: bytes.length,
      data: new Blob([bytes]),
    });
    const board = sampleBoard();
    board.records = board.records.map((r) =>
      r.table === 'basemapFiles' ? { ...r, record: map } : r,
    );
    const result = await readBoardFile(await save([board]), 'map.board.json');
    if (result.state !== 'opened') throw new Error(JSON.stringify(result));
    const read = result.file.boards[0]!.records.find((r) => r.table === 'basemapFiles')!.record;
    const back = new Uint8Array(await (read as { data: Blob }).data.arrayBuffer());
    expect(back.length).toBe(bytes.length);
    expect(back.every((b, i) => b === bytes[i])).toBe(true);
  });

  it('holds every board in a backup', async () => {
    const a = sampleBoard();
    const b = sampleBoard();
    // A second board with its own ids.
    const ids = (id: string) => `${id}-b`;
    const second: BoardRecords = {
      board: { ...b.board, id: 'b2', boardId: 'b2', title: 'Second' },
      records: (await import('../../src/domain/formats/boardFile/copyBoard')).copyBoard(
        b,
        'b2',
        'Second',
        (() => {
          let n = 0;
          return () => ids(String(n++));
        })(),
      ).records,
    };
    const result = await readBoardFile(await save([a, second]), 'backup.json');
    if (result.state !== 'opened') throw new Error(JSON.stringify(result));
    expect(result.file.contents).toBe('backup');
    expect(result.file.boards.map((x) => x.board.title)).toEqual(['Town centre', 'Second']);
  });

  it('with a passphrase: opens with it, says a wrong one does not, and refuses changed contents', async () => {
    const board = sampleBoard();
    const file = await save([board], 'correct horse battery');
    const text = await file.text();
    expect(text).not.toContain('Town centre');
    const envelope = JSON.parse(text) as {
      encryption: Record<string, unknown>;
      ciphertext: string[];
    };
    expect(envelope.encryption).toMatchObject({
      cipher: 'AES-GCM-256',
      kdf: 'PBKDF2-SHA256',
      iterations: 600_000,
    });

    const locked = await readBoardFile(file, 'safe.board.json');
    if (locked.state !== 'locked') throw new Error(locked.state);
    expect(locked.wrongPassphrase).toBe(false);
    const wrong = await locked.unlock('wrong horse');
    expect(wrong).toMatchObject({ state: 'locked', wrongPassphrase: true });
    expect(WRONG_PASSPHRASE).toBe('That passphrase does not open this file');
    const right = await locked.unlock('correct horse battery');
    if (right.state !== 'opened') throw new Error(JSON.stringify(right));
    expect(await plain(right.file.boards)).toEqual(await plain([board]));

    // One character of the ciphertext changed: the passphrase is right, the contents are not.
    const part = envelope.ciphertext[0]!;
    const flipped = (part[10] === 'A' ? 'B' : 'A') + part.slice(11);
    envelope.ciphertext[0] = part.slice(0, 10) + flipped;
    const tampered = await readBoardFile(
      new Blob([JSON.stringify(envelope)]),
      'changed.board.json',
    );
    if (tampered.state !== 'locked') throw new Error(tampered.state);
    const refused = await tampered.unlock('correct horse battery');
    expect(refused.state).toBe('refused');
    expect(refused.state === 'refused' && refused.problems[0]).toMatch(
      /“changed\.board\.json” has been changed or damaged since it was saved/,
    );
  });
});
