import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/domain/formats/csvImport/delimiter';
import { decodeText, notTextProblem } from '../../src/domain/formats/csvImport/encoding';
import {
  CSV_MAX_BYTES,
  CSV_MAX_ROWS,
  csvSizeProblem,
} from '../../src/domain/formats/csvImport/limits';
import { parseCsv, type ParseResult } from '../../src/domain/formats/csvImport/parseCsv';
import {
  looksLikeFormula,
  readCoordinate,
  readDate,
  readDateTime,
  readTime,
} from '../../src/domain/formats/csvImport/readCell';

const bytes = (text: string) => new TextEncoder().encode(text);
const parsed = (r: ParseResult) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};
const parse = (text: string | Uint8Array, name = 'test.csv') =>
  parseCsv(typeof text === 'string' ? bytes(text) : text, name, { delimiter: null });

describe('encoding', () => {
  it('reads UTF-8, with or without a byte-order mark, and says which', () => {
    expect(decodeText(bytes('Zoë'))).toEqual({ text: 'Zoë', encoding: 'UTF-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Zoë')]);
    expect(decodeText(bom)).toEqual({ text: 'Zoë', encoding: 'UTF-8 with byte-order mark' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (Zoë as the single byte EB)', () => {
    expect(decodeText(new Uint8Array([0x5a, 0x6f, 0xeb]))).toEqual({
      text: 'Zoë',
      encoding: 'Windows-1252',
    });
    // 0x80 is the euro sign in Windows-1252, not in Latin-1.
    expect(decodeText(new Uint8Array([0x80, 0x35])).text).toBe('€5');
  });

  it('tells binary files and UTF-16 text from CSV', () => {
    const png = new Uint8Array(readFileSync('tests/fixtures/hostile/csv-binary.csv'));
    expect(notTextProblem('photo.csv', png)).toMatch(
      /“photo\.csv” is not a CSV file: it holds binary data/,
    );
    expect(notTextProblem('u16.csv', new Uint8Array([0xff, 0xfe, 0x4e, 0x00]))).toMatch(/UTF-16/);
    expect(notTextProblem('ok.csv', bytes('Name,Age\r\nAli,14\r\n'))).toBeNull();
  });
});

describe('delimiter', () => {
  it('finds the delimiter the header and the rows agree on', () => {
    expect(detectDelimiter('Name,Age\nAli,14\n')).toBe(',');
    expect(detectDelimiter('Name;Age;Notes\nAli;14;"Smith, J"\n')).toBe(';');
    expect(detectDelimiter('Name\tAge\nAli\t14\n')).toBe('\t');
    // Commas inside quotes do not count; semicolons with decimal commas win.
    expect(detectDelimiter('Name;Lat;Lon\n"Park, the";53,4;-1,5\n')).toBe(';');
  });
});

describe('cells', () => {
  it('reads dates as people in the UK write them, day first', () => {
    expect(readDate('2026-03-12')).toEqual({ value: '2026-03-12' });
    expect(readDate('12/03/2026')).toEqual({ value: '2026-03-12' });
    expect(readDate('3/4/2026')).toEqual({ value: '2026-04-03' });
    expect(readDate('12.03.2026')).toEqual({ value: '2026-03-12' });
    expect(readDate('12 Mar 2026')).toEqual({ value: '2026-03-12' });
    expect(readDate('1st September 2025')).toEqual({ value: '2025-09-01' });
  });

  it('says why a date is not real, naming what was found', () => {
    expect(readDate('2026-02-30')).toEqual({
      problem: '“2026-02-30” is not a real date: February 2026 has 28 days',
    });
    expect(readDate('31/13/2020')).toEqual({
      problem: '“31/13/2020” is not a real date: there is no month 13',
    });
    expect(readDate('03/04/26')).toEqual({
      problem: '“03/04/26” does not give the year in full (write 2026, not 26)',
    });
    expect(readDate('soon')).toMatchObject({
      problem: expect.stringMatching(/^“soon” is not a date/) as unknown,
    });
  });

  it('reads times and date-times', () => {
    expect(readTime('9.05')).toEqual({ value: '09:05' });
    expect(readTime('25:00')).toEqual({ problem: '“25:00” is not a real time of day' });
    expect(readDateTime('12/03/2026 17:40')).toEqual({
      value: '2026-03-12T17:40',
      timeGiven: true,
    });
    expect(readDateTime('2026-03-12T17:40:59Z')).toEqual({
      value: '2026-03-12T17:40',
      timeGiven: true,
    });
    expect(readDateTime('12/03/2026')).toEqual({ value: '2026-03-12T00:00', timeGiven: false });
    expect(readDateTime('30/02/2026 10:00')).toMatchObject({
      problem: expect.stringMatching(/not a real date/) as unknown,
    });
  });

  it('reads coordinates with a decimal point or comma, in range', () => {
    expect(readCoordinate('53.4021', 'latitude')).toEqual({ value: 53.4021 });
    expect(readCoordinate('-1,4987', 'longitude')).toEqual({ value: -1.4987 });
    expect(readCoordinate('95', 'latitude')).toEqual({
      problem: 'Latitude 95 is outside -90 to 90',
    });
    expect(readCoordinate('north', 'latitude')).toMatchObject({
      problem: expect.stringMatching(/not a latitude/) as unknown,
    });
  });

  it('knows text that a spreadsheet would take for a formula, but not a negative number', () => {
    for (const t of ['=1+1', '@SUM(A1)', '+44 7700', '-Dee-'])
      expect(looksLikeFormula(t)).toBe(true);
    for (const t of ['-1.5', '+3', 'Ali']) expect(looksLikeFormula(t)).toBe(false);
  });
});

describe('parseCsv', () => {
  it('reads the sample cohort: Windows-1252, semicolons, a quoted cell holding a semicolon', () => {
    const r = parsed(parse(readFileSync('fixtures/import/harrowfield-cohort-people.csv')));
    expect(r.encoding).toBe('Windows-1252');
    expect(r.delimiter).toBe(';');
    expect(r.table.columns.map((c) => c.header)).toContain('D.O.B.');
    expect(r.table.rows).toHaveLength(8);
    expect(r.table.rows[0]).toMatchObject({ line: 2 });
    expect(r.table.rows[0]!.cells[1]).toBe('Zoë Adeyemi');
    expect(r.table.rows[6]!.cells.at(-1)).toBe(
      'Adult of concern; about 24, drives a grey hatchback',
    );
  });

  it('gives each row the line it starts on, past cells that run over several lines', () => {
    const r = parsed(parse('Name,Notes\r\nAli,"line one\r\nline two"\r\n\r\nBea,short\r\n'));
    expect(r.table.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(r.table.rows[0]!.cells[1]).toBe('line one\r\nline two');
  });

  it('names headings that are empty or repeated', () => {
    const r = parsed(parse('Name,,Name\nAli,x,y\n'));
    expect(r.table.columns.map((c) => c.header)).toEqual(['Name', 'Column 2', 'Name (2)']);
  });

  it('leaves out rows whose cells do not line up with the headings, saying which and why', () => {
    const r = parsed(
      parse(readFileSync('tests/fixtures/hostile/csv-ragged.csv'), 'csv-ragged.csv'),
    );
    expect(r.table.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(r.table.problems).toEqual([
      {
        line: 3,
        column: null,
        reason:
          'this row has 5 cells but the heading row has 3 columns: a cell may hold an unquoted delimiter',
      },
      {
        line: 4,
        column: null,
        reason: 'this row has 1 cell but the heading row has 3 columns: cells are missing',
      },
    ]);
  });

  it('refuses what is not a CSV file to import, naming the file', () => {
    const hostile = (name: string) =>
      parse(new Uint8Array(readFileSync(`tests/fixtures/hostile/${name}`)), name);
    expect(hostile('csv-empty.csv')).toEqual({
      ok: false,
      message: '“csv-empty.csv” is empty: there is nothing to import',
    });
    expect(hostile('csv-header-only.csv')).toEqual({
      ok: false,
      message: '“csv-header-only.csv” has a heading row but no rows to import',
    });
    expect(hostile('csv-binary.csv')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^“csv-binary\.csv” is not a CSV file/) as unknown,
    });
    expect(parse('   \r\n \r\n', 'blank.csv')).toEqual({
      ok: false,
      message: '“blank.csv” is empty: there is nothing to import',
    });
  });

  it('says where a quoted cell is never closed', () => {
    const r = parsed(
      parse(
        readFileSync('tests/fixtures/hostile/csv-unclosed-quote.csv'),
        'csv-unclosed-quote.csv',
      ),
    );
    // The row is left out: its last cell ran to the end of the file.
    expect(r.table.rows).toEqual([]);
    expect(r.table.problems[0]).toMatchObject({
      line: 2,
      reason: expect.stringMatching(/quoted cell is never closed/) as unknown,
    });
  });

  it('checks the size before anything is read, naming the limit', () => {
    expect(csvSizeProblem('big.csv', CSV_MAX_BYTES + 1)).toBe(
      '“big.csv” is 21 MB: too large to import (the limit is 20 MB). Split it into smaller files and import them one after another.',
    );
    expect(csvSizeProblem('ok.csv', CSV_MAX_BYTES)).toBeNull();
  });

  it('refuses a file of more rows than one import may bring', () => {
    const rows = 'Kit Moss,1\n'.repeat(CSV_MAX_ROWS + 1);
    expect(parse(`Name,Ref\n${rows}`, 'huge.csv')).toEqual({
      ok: false,
      message:
        '“huge.csv” has more than 50,000 rows: too many to import at once. Split it into smaller files and import them one after another.',
    });
  });

  it('reports progress as rows are read', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `Person ${i},${i}`).join('\n');
    const seen: number[] = [];
    parseCsv(bytes(`Name,Ref\n${rows}\n`), 'many.csv', {
      delimiter: null,
      onProgress: (n) => seen.push(n),
    });
    expect(seen).toEqual([1000, 2000, 2500]);
  });
});
