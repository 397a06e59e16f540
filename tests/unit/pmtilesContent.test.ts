import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PMTILES_HEADER_BYTES, readPmtilesHeader } from '../../src/domain/basemap';
import { pmtilesContentProblem } from '../../src/domain/pmtilesContent';
import { makeHarrowfieldPmtiles, makeHarrowfieldVectorPmtiles } from '../fixtures/makePmtiles.mjs';

const NAME = 'harrowfield.pmtiles';

/** Checks an archive as the app does: header first, then the content past it. */
async function check(file: Buffer): Promise<string | null> {
  const head = new Uint8Array(file.subarray(0, PMTILES_HEADER_BYTES));
  const header = readPmtilesHeader(NAME, head);
  expect(header.ok, 'the header of every case here is valid').toBe(true);
  return pmtilesContentProblem(
    NAME,
    file.length,
    head,
    (offset, length) => Promise.resolve(new Uint8Array(file.subarray(offset, offset + length))),
    (bytes) => Promise.resolve(new Uint8Array(gunzipSync(bytes))),
  );
}

const u64 = (file: Buffer, at: number) => Number(file.readBigUInt64LE(at));

describe('an offline map file checked past its header', () => {
  it('accepts whole raster and vector archives', async () => {
    expect(await check(makeHarrowfieldPmtiles())).toBeNull();
    expect(await check(makeHarrowfieldVectorPmtiles())).toBeNull();
  });

  it('refuses a file cut short (a download that stopped), saying so', async () => {
    const whole = makeHarrowfieldPmtiles();
    const cut = whole.subarray(0, Math.floor(whole.length * 0.7));
    expect(await check(Buffer.from(cut))).toBe(
      '“harrowfield.pmtiles” is damaged: it is cut short: its tiles should run past the end of the file. The map in use is unchanged.',
    );
  });

  it('refuses a file whose index of tiles is garbled', async () => {
    const file = Buffer.from(makeHarrowfieldPmtiles());
    const root = u64(file, 8);
    file.fill(0x5a, root + 10, root + 20);
    expect(await check(file)).toMatch(/is damaged: the index of its tiles cannot be read/);
  });

  it('refuses a file whose description is garbled', async () => {
    const file = Buffer.from(makeHarrowfieldVectorPmtiles());
    const meta = u64(file, 24);
    file.fill(0x00, meta + 10, meta + 16);
    expect(await check(file)).toMatch(/is damaged: its description cannot be read/);
  });

  it('refuses a file whose tiles are overwritten, though its header and index are fine', async () => {
    for (const make of [makeHarrowfieldPmtiles, makeHarrowfieldVectorPmtiles]) {
      const file = Buffer.from(make());
      const data = u64(file, 56);
      file.fill(0x00, data, data + 64);
      expect(await check(file)).toMatch(
        /is damaged: map tile 1 (is not a readable tile|cannot be unpacked)/,
      );
    }
  });

  it('never says more than what is wrong and that the map in use is unchanged', async () => {
    const file = Buffer.from(makeHarrowfieldPmtiles());
    file.fill(0xff, u64(file, 56), file.length);
    const problem = await check(file);
    expect(problem).toContain('The map in use is unchanged.');
    expect(problem).not.toMatch(/Error|undefined|NaN/);
  });
});
