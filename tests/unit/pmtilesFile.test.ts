import { inflateSync } from 'node:zlib';
import { PMTiles, TileType, zxyToTileId, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import {
  encodeDirectory,
  HARROWFIELD_BOUNDS,
  makeHarrowfieldPmtiles,
  makeHarrowfieldVectorPmtiles,
  tileId,
  tileOf,
  writePmtiles,
} from '../fixtures/makePmtiles.mjs';

/** The archive read by the `pmtiles` library itself, as the app reads a stored file. */
function open(archive: Buffer): PMTiles {
  const source: Source = {
    getKey: () => 'test',
    getBytes: (offset: number, length: number): Promise<RangeResponse> =>
      Promise.resolve({
        data: archive.buffer.slice(
          archive.byteOffset + offset,
          archive.byteOffset + offset + length,
        ) as ArrayBuffer,
      }),
  };
  return new PMTiles(source);
}

/** Width, height and pixels (RGB rows) of a PNG written by the generator. */
function decodePng(png: Uint8Array): { width: number; height: number; rgb: Buffer } {
  const buf = Buffer.from(png);
  expect([...buf.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length;) {
    const len = buf.readUInt32BE(at);
    if (buf.toString('ascii', at + 4, at + 8) === 'IDAT')
      idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    rows.copy(rgb, y * width * 3, y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1));
  return { width, height, rgb };
}

const tilesAt = (z: number) => {
  const [w, s, e, n] = HARROWFIELD_BOUNDS;
  const [x0, y0] = tileOf(w, n, z).map(Math.floor) as [number, number];
  const [x1, y1] = tileOf(e, s, z).map(Math.floor) as [number, number];
  const out: [number, number][] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push([x, y]);
  return out;
};

describe('the generated PMTiles test file', () => {
  it('numbers tiles along the Hilbert curve exactly as the pmtiles library does', () => {
    for (let z = 0; z <= 16; z++) {
      const n = 2 ** z;
      for (const [x, y] of [
        [0, 0],
        [n - 1, 0],
        [0, n - 1],
        [n - 1, n - 1],
        [Math.floor(n / 3), Math.floor((2 * n) / 3)],
        [32493 % n, 21250 % n],
      ] as const)
        expect(tileId(z, x, y), `${z}/${x}/${y}`).toBe(zxyToTileId(z, x, y));
    }
  });

  it('has a header the library reads: PNG tiles, zoom 14 to 16, over Harrowfield', async () => {
    const header = await open(makeHarrowfieldPmtiles()).getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      tileType: TileType.Png,
      minZoom: 14,
      maxZoom: 16,
      minLon: -1.515,
      minLat: 53.394,
      maxLon: -1.491,
      maxLat: 53.406,
      clustered: true,
    });
  });

  it('carries its credit in the metadata', async () => {
    const metadata = (await open(makeHarrowfieldPmtiles()).getMetadata()) as {
      attribution: string;
    };
    expect(metadata.attribution).toBe('Harrowfield test map (fictional)');
  });

  it('holds a 256-pixel PNG for every tile over the town at every zoom, and none outside', async () => {
    const archive = open(makeHarrowfieldPmtiles());
    let count = 0;
    for (const z of [14, 15, 16]) {
      for (const [x, y] of tilesAt(z)) {
        const tile = await archive.getZxy(z, x, y);
        expect(tile, `${z}/${x}/${y}`).toBeDefined();
        const png = decodePng(new Uint8Array(tile!.data));
        expect([png.width, png.height]).toEqual([256, 256]);
        count++;
      }
    }
    expect(count).toBe((await archive.getHeader()).numAddressedTiles);
    const [x, y] = tilesAt(16)[0]!;
    expect(await archive.getZxy(16, x - 5, y)).toBeUndefined();
    expect(await archive.getZxy(13, x >> 3, y >> 3)).toBeUndefined();
  });

  it('draws the park green where Kestrel Park is', async () => {
    const z = 16;
    const [tx, ty] = tileOf(-1.5035, 53.4015, z);
    const tile = await open(makeHarrowfieldPmtiles()).getZxy(z, Math.floor(tx), Math.floor(ty));
    const { rgb } = decodePng(new Uint8Array(tile!.data));
    const px = Math.floor((tx % 1) * 256);
    const py = Math.floor((ty % 1) * 256);
    const [r, g, b] = rgb.subarray((py * 256 + px) * 3, (py * 256 + px) * 3 + 3);
    expect(g! > r! && g! > b!, `rgb(${r}, ${g}, ${b})`).toBe(true);
  });

  it('stores identical tiles once and runs of them as one entry', async () => {
    const blank = Buffer.from([1, 2, 3]);
    const tiles = [0, 1, 2, 3].map((i) => {
      const [z, x, y] = [1, i % 2, i >> 1];
      return { z, x, y, data: blank };
    });
    const archive = writePmtiles({
      tiles,
      tileType: 'png',
      bounds: [-1, -1, 1, 1],
      metadata: {},
    });
    const header = await open(archive).getHeader();
    expect(header.numAddressedTiles).toBe(4);
    expect(header.numTileContents).toBe(1);
    expect(header.numTileEntries).toBe(1);
    for (const t of tiles) {
      const got = await open(archive).getZxy(t.z, t.x, t.y);
      expect([...new Uint8Array(got!.data)]).toEqual([1, 2, 3]);
    }
  });

  it('encodes directory offsets straight after the previous entry as 0', () => {
    const dir = encodeDirectory([
      { tileId: 5, offset: 0, length: 10, runLength: 1 },
      { tileId: 6, offset: 10, length: 4, runLength: 2 },
      { tileId: 9, offset: 0, length: 10, runLength: 1 },
    ]);
    expect([...dir]).toEqual([3, 5, 1, 3, 1, 2, 1, 10, 4, 10, 1, 0, 1]);
  });

  it('also comes as vector tiles (gzipped MVT) with the town’s street names', async () => {
    const archive = open(makeHarrowfieldVectorPmtiles());
    const header = await archive.getHeader();
    expect(header).toMatchObject({ tileType: TileType.Mvt, minZoom: 14, maxZoom: 15 });
    const [tx, ty] = tileOf(-1.4975, 53.4021, 15).map(Math.floor) as [number, number];
    const tile = await archive.getZxy(15, tx, ty);
    // The library has already undone the gzip the header declares.
    const text = Buffer.from(tile!.data).toString('latin1');
    for (const word of ['roads', 'landuse', 'Brookside Parade', 'major_road'])
      expect(text).toContain(word);
  });
});
