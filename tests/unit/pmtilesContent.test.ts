import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PMTILES_HEADER_BYTES, readPmtilesHeader } from '../../src/domain/basemap';
import { pmtilesContentProblem, readDirectory } from '../../src/domain/pmtilesContent';
import {
  encodeDirectory,
  makeHarrowfieldPmtiles,
  makeHarrowfieldVectorPmtiles,
} from '../fixtures/makePmtiles.mjs';

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

/**
 * The same archive with its tiles indexed in a further (leaf) directory, as large archives are:
 * header, a root directory pointing at one leaf directory, metadata, the leaf, the tiles.
 */
function withLeafDirectory(file: Buffer): Buffer {
  const section = (at: number) => file.subarray(u64(file, at), u64(file, at) + u64(file, at + 8));
  const leaf = section(8);
  const [first] = readDirectory(new Uint8Array(gunzipSync(leaf)))!;
  const root = gzipSync(
    encodeDirectory([{ tileId: first!.tileId, runLength: 0, offset: 0, length: leaf.length }]),
  );
  const meta = section(24);
  const data = section(56);
  const header = Buffer.from(file.subarray(0, PMTILES_HEADER_BYTES));
  const put = (at: number, offset: number, length: number) => {
    header.writeBigUInt64LE(BigInt(offset), at);
    header.writeBigUInt64LE(BigInt(length), at + 8);
  };
  const metaAt = PMTILES_HEADER_BYTES + root.length;
  const leafAt = metaAt + meta.length;
  put(8, PMTILES_HEADER_BYTES, root.length);
  put(24, metaAt, meta.length);
  put(40, leafAt, leaf.length);
  put(56, leafAt + leaf.length, data.length);
  return Buffer.concat([header, root, meta, leaf, data]);
}

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

  it('follows a further directory to the tiles it indexes, and refuses it damaged', async () => {
    const file = withLeafDirectory(makeHarrowfieldPmtiles());
    expect(await check(file)).toBeNull();
    const garbledLeaf = Buffer.from(file);
    garbledLeaf.fill(0x5a, u64(file, 40) + 10, u64(file, 40) + 20);
    expect(await check(garbledLeaf)).toMatch(/the index of its tiles cannot be read/);
    const garbledTiles = Buffer.from(file);
    garbledTiles.fill(0, u64(file, 56), u64(file, 56) + 64);
    expect(await check(garbledTiles)).toMatch(
      /map tile 1 (is not a readable tile|cannot be unpacked)/,
    );
  });

  it('never says more than what is wrong and that the map in use is unchanged', async () => {
    const file = Buffer.from(makeHarrowfieldPmtiles());
    file.fill(0xff, u64(file, 56), file.length);
    const problem = await check(file);
    expect(problem).toContain('The map in use is unchanged.');
    expect(problem).not.toMatch(/Error|undefined|NaN/);
  });
});
