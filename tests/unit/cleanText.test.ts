import { cleanRecordText, cleanText } from '../../src/domain/cleanText';
import { nameProblem } from '../../src/domain/text';

describe('cleaning the characters no name or note needs', () => {
  it('removes C0 and C1 controls and DEL from a name; tabs and line ends become spaces', () => {
    expect(cleanText('Jor\u0000dan\u0007 Ade\u007F\u0085\u009B')).toBe('Jordan Ade');
    expect(cleanText('Jordan\tAde\r\nSmith\u2028Jr')).toBe('Jordan Ade Smith Jr');
  });

  it('keeps tabs and line ends in notes as they are', () => {
    expect(cleanText('Seen at\tthe garages\r\nTwice\rThrice\u2029end\u0000', true)).toBe(
      'Seen at\tthe garages\r\nTwice\rThrice\u2029end',
    );
  });

  it('removes bidirectional overrides and isolates that make a name read as another', () => {
    // "Ali" followed by an override that would show "gnp.exe" as "exe.png".
    expect(cleanText('Ali \u202Egnp.exe\u202C')).toBe('Ali gnp.exe');
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ])
      expect(cleanText(`Ka${c}yden`)).toBe('Kayden');
  });

  it('removes invisible spaces that make two names look the same, but keeps joiners and marks scripts need', () => {
    expect(cleanText('Al\u200Bi\u2060\uFEFF')).toBe('Ali');
    // Persian (ZWNJ), Hindi (ZWJ), a family emoji (ZWJ), Hebrew with a right-to-left mark.
    for (const kept of ['می\u200Cخواهم', 'क्\u200Dष', '👩\u200D👩\u200D👧', 'שלום\u200F 5'])
      expect(cleanText(kept)).toBe(kept);
  });

  it('turns lone surrogates into U+FFFD and leaves whole emoji alone', () => {
    expect(cleanText('a\uD800b\uDC00c 🙂')).toBe('a\uFFFDb\uFFFDc 🙂');
  });

  it('returns the same string when there is nothing to remove', () => {
    const name = 'Jordan <b>Ade</b> & "Co" =cmd|\'/c calc\'!A1 ]]>';
    expect(cleanText(name)).toBe(name);
  });

  it('never makes a good name bad: no spaces uncovered at the ends, never nothing at all', () => {
    for (const raw of [
      'Ali \u0007',
      '\u202E Ali',
      'Ali\t\u0000',
      '\u0000',
      '\u202E\u202C',
      'A\u0007\u0007',
    ])
      expect(nameProblem(cleanText(raw))).toBeNull();
    expect(cleanText('\u0000\u0001')).toBe('\uFFFD');
    expect(cleanText('')).toBe('');
    // Spaces the text had at its ends are its own (a form refuses them; cleaning does not hide it).
    expect(cleanText(' Ali\u0007 ')).toBe(' Ali ');
  });

  it('cleans every text of a record but its ids and files', () => {
    const blob = new Blob(['\u0000']);
    const record = {
      id: 'p\u00071',
      boardId: 'b\u00071',
      displayName: 'Jordan\u202E',
      memberIds: ['x\u0007'],
      involved: [{ personId: 'p\u00072', role: 'victim\u0000' }],
      tags: ['yos\u0007'],
      notes: 'line one\r\nline two\u0000',
      age: 15,
      flagged: null,
      data: blob,
    };
    expect(cleanRecordText(record)).toEqual({
      id: 'p\u00071',
      boardId: 'b\u00071',
      displayName: 'Jordan',
      memberIds: ['x\u0007'],
      involved: [{ personId: 'p\u00072', role: 'victim' }],
      tags: ['yos'],
      notes: 'line one\r\nline two',
      age: 15,
      flagged: null,
      data: blob,
    });
  });
});
