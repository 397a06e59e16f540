import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/domain/formats/csv';
import { csvColumns, csvKinds, type CsvKind } from '../../src/domain/formats/csvColumns';
import { prepareExport } from '../../src/domain/formats/exportBoard';
import { kinds } from '../../src/domain/kinds';
import { FIXTURE_NOW, smallSource, trainingSource } from './exportHelpers';

function rows(kind: CsvKind, redacted = false) {
  const data = prepareExport(smallSource(), redacted ? { names: 'initials' } : null, FIXTURE_NOW);
  const text = writeCsv(kind, data);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...body] = parsed.data;
  const cell = (row: string[], name: string) => row[header!.indexOf(name)];
  return { text, header: header!, body, cell };
}

describe('CSV export', () => {
  it('is UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting', () => {
    const { text, body, cell } = rows('people');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Jordan <b>Ade</b> & ""Co"" 🙂"');
    expect(cell(body[0]!, 'Name shown')).toBe('Jordan <b>Ade</b> & "Co" 🙂');
  });

  it('heads columns with the kinds’ field labels and writes vocabulary values as labels', () => {
    const people = rows('people');
    for (const f of kinds.people.fields) expect(people.header).toContain(f.label);
    expect(people.header[0]).toBe('ID');
    const jordan = people.body[0]!;
    expect(people.cell(jordan, 'Risk level')).toBe('Significant');
    expect(people.cell(jordan, 'Kind')).toBe('Young person');
    expect(people.cell(jordan, 'Age')).toBe('15');
    expect(people.cell(jordan, 'Tags')).toBe('yos, cce');
    expect(people.cell(jordan, 'Groups')).toBe("Kayden's crew");
    expect(people.cell(jordan, 'Roles in groups')).toBe("Kayden's crew: Follower");
    expect(people.cell(people.body[1]!, 'Kind')).toBe('Adult of concern');
  });

  it('gives what a row points at both as an id and by name', () => {
    const links = rows('associations');
    expect(links.header.slice(0, 6)).toEqual([
      'ID',
      'From',
      'From ID',
      'To',
      'To ID',
      'One way (from → to)',
    ]);
    expect(links.body[0]!.slice(0, 6)).toEqual([
      'a1',
      'Kayden Price',
      'p2',
      'Jordan <b>Ade</b> & "Co" 🙂',
      'p1',
      'Yes',
    ]);
    expect(links.cell(links.body[0]!, 'Kind')).toBe('Exploitation');
    const incidents = rows('incidents');
    const first = incidents.body[0]!;
    expect(incidents.cell(first, 'Place')).toBe('Kestrel Park');
    expect(incidents.cell(first, 'Kinds of harm')).toBe(
      'Criminal exploitation; Serious youth violence',
    );
    expect(incidents.cell(first, 'People involved')).toBe('Jordan <b>Ade</b> & "Co" 🙂 (Harmed)');
    const places = rows('places');
    expect(places.cell(places.body[0]!, 'Longitude')).toBe('-1.504825');
    expect(places.cell(places.body[2]!, 'Drawn on')).toBe('Image or floor plan (pixels)');
  });

  it('makes a cell that would start a formula text, and leaves numbers as numbers', () => {
    const actions = rows('actions');
    expect(actions.cell(actions.body[0]!, 'Action')).toBe(`'=cmd|" /C calc"!A0 for Jordan`);
    // A negative longitude is a number, not a formula: it is written as it is.
    expect(rows('places').text).toContain(',-1.504825,');
    const source = smallSource();
    const odd = ['=1+1', '+44 7700', '-x', '@SUM(A1)', '\tTab', '\rCR', 'plain'];
    source.tables.people = odd.map((displayName, i) => ({
      ...source.tables.people[0]!,
      id: `q${i}`,
      displayName,
    }));
    const text = writeCsv('people', prepareExport(source, null, FIXTURE_NOW));
    const names = Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data.slice(1, 1 + odd.length);
    expect(names.map((r) => r[1])).toEqual([
      "'=1+1",
      "'+44 7700",
      "'-x",
      "'@SUM(A1)",
      "'\tTab",
      "'\rCR",
      'plain',
    ]);
  });

  it('states the redaction on every row of a redacted file', () => {
    for (const kind of csvKinds) {
      const { header, body, text } = rows(kind, true);
      expect(header[header.length - 1]).toBe('Redaction');
      for (const row of body) expect(row[row.length - 1]).toMatch(/^Redacted: people are named/);
      for (const hidden of ['Jordan', 'Kayden', 'garages', 'Unlit path'])
        expect(text, kind).not.toContain(hidden);
    }
    expect(rows('people').header).not.toContain('Redaction');
  });

  it('has a column for every stored field of each kind', async () => {
    const source = await trainingSource();
    for (const kind of csvKinds) {
      const covered = new Set(csvColumns[kind].flatMap((c) => c.covers));
      const record = source.tables[kind][0]!;
      for (const key of Object.keys(record)) expect(covered, `${kind}.${key}`).toContain(key);
      const headers = csvColumns[kind].map((c) => c.header);
      expect(new Set(headers).size, `${kind} headers are unique`).toBe(headers.length);
    }
  });
});
