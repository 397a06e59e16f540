// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoardFile, type ReadResult } from '../../src/domain/formats/boardFile/readBoardFile';
import { writeBoardFile } from '../../src/domain/formats/boardFile/writeBoardFile';
import { sampleBoard } from './boardFileHelpers';

/**
 * Every hostile board file in tests/fixtures/hostile is refused by the reader with a message that
 * names the file and what is wrong (the e2e test board-file.spec.ts opens each through the app
 * and shows nothing stored changes). The protected ones' passphrase is "Hostile fixture passphrase".
 */
const hostile = (name: string) =>
  readBoardFile(
    new Blob([readFileSync(resolve(import.meta.dirname, '../fixtures/hostile', name))]),
    name,
  );

const problemsOf = (result: ReadResult) => (result.state === 'refused' ? result.problems : []);

describe('hostile board files', () => {
  it.each([
    [
      'boardfile-truncated.json',
      /“boardfile-truncated\.json” is incomplete: it stops part-way through/,
    ],
    [
      'boardfile-future-version.json',
      /made by a newer version of Peers & Places \(3\.0\.0\): it is board file version 2/,
    ],
    ['boardfile-unknown-version.json', /says it is board file version 0, which has never existed/],
    [
      'boardfile-proto-key.json',
      /contains a key named “__proto__” in the person “h-p-rio” \(people\)/,
    ],
    [
      'boardfile-constructor-key.json',
      /contains a key named “constructor” in the association “h-a-kai-rio” \(associations\)/,
    ],
    [
      'boardfile-invalid-record.json',
      /the person “h-p-rio” \(people\): Age cannot be negative \(the age\)/,
    ],
    [
      'boardfile-dangling-reference.json',
      /the association “h-a-kai-rio” \(associations\) refers to the person “h-p-nobody”, which is not in the file/,
    ],
    [
      'boardfile-weak-protection.json',
      /The key-strengthening rounds of protection are fewer than 600,000/,
    ],
    [
      'boardfile-not-a-board.json',
      /is not a board file\. .*CSV files are imported with Import on a board/,
    ],
  ])('%s is refused, saying why', async (name, message) => {
    const result = await hostile(name);
    expect(result).toMatchObject({ state: 'refused', fileName: name });
    expect(problemsOf(result).join('\n')).toMatch(message);
  });

  it('a wrong passphrase says so, and changed contents are told apart from it', async () => {
    const locked = await hostile('boardfile-protected.json');
    if (locked.state !== 'locked') throw new Error(locked.state);
    expect(await locked.unlock('not the passphrase')).toMatchObject({ wrongPassphrase: true });
    expect((await locked.unlock('Hostile fixture passphrase')).state).toBe('opened');
    const tampered = await hostile('boardfile-tampered.json');
    if (tampered.state !== 'locked') throw new Error(tampered.state);
    expect(problemsOf(await tampered.unlock('Hostile fixture passphrase'))[0]).toMatch(
      /has been changed or damaged since it was saved: part 1 of 1/,
    );
  });

  it('refuses a file over the limit from its size alone, naming the limit', async () => {
    // Nothing of it is read: a Blob-like with only a size would fail on the first read.
    const huge = { size: 1.5 * 1024 * 1024 * 1024 } as Blob;
    expect(problemsOf(await readBoardFile(huge, 'huge.board.json'))).toEqual([
      '“huge.board.json” is 1.5 GB, more than the 1 GB a board file can be (room for a board with a 500 MB offline map), so it was not read.',
    ]);
  });

  it('refuses a “prototype” key and a record on the wrong board, naming the record', async () => {
    const text = await (
      await writeBoardFile([sampleBoard()], {
        contents: 'board',
        appVersion: '0.1.0',
        savedAt: '2026-12-06T10:00:00.000Z',
      })
    ).text();
    const withKey = text.replace('"displayName":"Bea"', '"displayName":"Bea","prototype":1');
    expect(problemsOf(await readBoardFile(new Blob([withKey]), 'k.json'))[0]).toMatch(
      /key named “prototype” in the person “p2” \(people\)/,
    );
    const moved = text.replace('"id":"p2","boardId":"b1"', '"id":"p2","boardId":"elsewhere"');
    expect(problemsOf(await readBoardFile(new Blob([moved]), 'm.json'))[0]).toMatch(
      /the person “p2” \(people\) belongs to another board \(“elsewhere”\)/,
    );
  });
});
