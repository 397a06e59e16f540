// @vitest-environment node
// Node's own Blob, as in boardFileRoundTrip.test.ts.
import { describe, expect, it } from 'vitest';
import type { BoardRecords } from '../../src/domain/formats/boardFile/format';
import { readBoardFile } from '../../src/domain/formats/boardFile/readBoardFile';
import { writeBoardFile } from '../../src/domain/formats/boardFile/writeBoardFile';
import type { Person } from '../../src/domain/kinds/person';
import { cleanText } from '../../src/domain/cleanText';
import { sampleBoard } from './boardFileHelpers';
import { HOSTILE_NAMES, HOSTILE_NOTES, UNWANTED_OUT } from './hostileTextHelpers';

/** The sample board with one more person per hostile name, each with a hostile note. */
function hostileBoard(): BoardRecords {
  const board = sampleBoard();
  const person = board.records.find((r) => r.table === 'people')!.record as Person;
  return {
    board: { ...board.board, title: HOSTILE_NAMES[1]!, notes: HOSTILE_NOTES.at(-2)! },
    records: [
      ...board.records,
      ...HOSTILE_NAMES.map((displayName, i) => ({
        table: 'people' as const,
        record: { ...person, id: `q${i}`, displayName, notes: HOSTILE_NOTES[i + 1]! },
      })),
    ],
  };
}

describe('a board file of a board full of hostile text', () => {
  it('is saved as JSON that parses, and opens with every text cleaned as typing would', async () => {
    const file = await writeBoardFile([hostileBoard()], {
      contents: 'board',
      appVersion: '9.9.9',
      savedAt: '2026-12-06T10:00:00.000Z',
      passphrase: null,
    });
    const text = await file.text();
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    // A backup keeps the text as stored (escaped in the JSON); opening it cleans it.
    const result = await readBoardFile(file, 'hostile.board.json');
    expect(result.state).toBe('opened');
    if (result.state !== 'opened') return;
    const [opened] = result.file.boards;
    expect(opened!.board.title).toBe('Ali gnp.exe');
    expect(opened!.board.notes).toHaveLength(10_000);
    const people = opened!.records
      .filter((r) => r.table === 'people')
      .map((r) => r.record as Person)
      .filter((p) => p.id.startsWith('q'));
    expect(people.map((p) => p.displayName)).toEqual(HOSTILE_NAMES.map((n) => cleanText(n)));
    expect(people.map((p) => p.notes)).toEqual(
      HOSTILE_NOTES.slice(1, 1 + HOSTILE_NAMES.length).map((n) => cleanText(n, true)),
    );
    expect(JSON.stringify(opened)).not.toMatch(UNWANTED_OUT);
  });
});
