/**
 * A PMTiles v3 archive checked past its header, before it replaces the working map: a file can
 * announce a good header and be cut short or damaged further on (a download that stopped, a bad
 * copy). Reads the sections the header points at, unpacks the root directory and the metadata,
 * and opens the first few tiles, so a damaged file is refused with what is wrong instead of
 * showing a blank map in the meeting. Byte layout from the PMTiles v3 specification.
 */

/** Reads `length` bytes from `offset` of the file. */
export type ReadBytes = (offset: number, length: number) => Promise<Uint8Array>;
/** Unpacks gzip; rejects when the bytes are not whole gzip data. */
export type Gunzip = (bytes: Uint8Array) => Promise<Uint8Array>;

/** How many tiles are opened to check them: enough to find a damaged file, cheap on a large one. */
const TILES_TO_OPEN = 3;
const NONE = 1;
const GZIP = 2;

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** Reads a directory (entry count, then tile id deltas, run lengths, lengths and offsets as varints). */
export function readDirectory(bytes: Uint8Array): Entry[] | null {
  let at = 0;
  const varint = (): number | null => {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (at >= bytes.length) return null;
      const b = bytes[at++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
    return null;
  };
  const count = varint();
  if (count === null || count > bytes.length) return null;
  const entries: Entry[] = [];
  let tileId = 0;
  for (let i = 0; i < count; i++) {
    const delta = varint();
    if (delta === null) return null;
    tileId += delta;
    entries.push({ tileId, offset: 0, length: 0, runLength: 0 });
  }
  for (const e of entries) {
    const v = varint();
    if (v === null) return null;
    e.runLength = v;
  }
  for (const e of entries) {
    const v = varint();
    if (v === null) return null;
    e.length = v;
  }
  for (let i = 0; i < entries.length; i++) {
    const v = varint();
    if (v === null) return null;
    const prev = entries[i - 1];
    // 0 means "straight after the previous entry's data"; otherwise the offset plus one.
    entries[i]!.offset = v === 0 && prev ? prev.offset + prev.length : v - 1;
  }
  return at === bytes.length ? entries : null;
}

/** Whether a tile's (unpacked) bytes start as its kind of tile does. */
function looksLike(tileType: number, b: Uint8Array): boolean {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  switch (tileType) {
    case 1: // Mapbox vector tile: a protocol buffer whose fields are layers (field 3, bytes).
      return b[0] === 0x1a;
    case 2:
      return b[0] === 0x89 && ascii(1, 4) === 'PNG';
    case 3:
      return b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
    case 4:
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
    case 5:
      return ascii(4, 8) === 'ftyp';
    default:
      return false;
  }
}

/**
 * Null when the archive's content reads as its header promises; otherwise what is wrong, in
 * words. `header` is the file's first 127 bytes, already accepted by `readPmtilesHeader`.
 */
export async function pmtilesContentProblem(
  fileName: string,
  size: number,
  header: Uint8Array,
  read: ReadBytes,
  gunzip: Gunzip,
): Promise<string | null> {
  const damaged = (what: string) =>
    `“${fileName}” is damaged: ${what}. The map in use is unchanged.`;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const section = (at: number) => ({ offset: u64(at), length: u64(at + 8) });
  const root = section(8);
  const metadata = section(24);
  const leaves = section(40);
  const data = section(56);
  const internal = view.getUint8(97);
  const tileCompression = view.getUint8(98);
  const tileType = view.getUint8(99);

  for (const [what, s] of [
    ['the index of its tiles', root],
    ['its description', metadata],
    ['its further indexes', leaves],
    ['its tiles', data],
  ] as const) {
    if (s.offset + s.length > size)
      return damaged(`it is cut short: ${what} should run past the end of the file`);
  }
  if (root.length === 0) return damaged('it has no index of its tiles');
  if (internal !== NONE && internal !== GZIP)
    return `“${fileName}” is packed in a way this app cannot read (only gzip or none). Convert it with the pmtiles tool (pmtiles convert). The map in use is unchanged.`;
  if (tileCompression !== NONE && tileCompression !== GZIP && tileCompression !== 0)
    return `“${fileName}” holds tiles packed in a way this app cannot read (only gzip or none). The map in use is unchanged.`;

  const unpack = async (bytes: Uint8Array, compression: number) =>
    compression === GZIP ? gunzip(bytes) : bytes;

  /** A directory read and checked: its entries, or what is wrong with it. */
  const directory = async (offset: number, length: number): Promise<Entry[] | string> => {
    let entries: Entry[] | null;
    try {
      entries = readDirectory(await unpack(await read(offset, length), internal));
    } catch {
      entries = null;
    }
    if (!entries || entries.length === 0) return 'the index of its tiles cannot be read';
    let lastId = -1;
    for (const e of entries) {
      if (e.tileId <= lastId) return 'the index of its tiles is out of order';
      lastId = e.tileId;
      const within = e.runLength === 0 ? leaves.length : data.length;
      if (e.length === 0 || e.offset + e.length > within)
        return 'the index of its tiles points outside the file';
    }
    return entries;
  };
  let entries = await directory(root.offset, root.length);
  if (typeof entries === 'string') return damaged(entries);
  // A large archive indexes its tiles in further directories: when the first holds no tiles of
  // its own, the first further directory is read and checked too, so its tiles can be opened.
  const leaf = entries.find((e) => e.runLength === 0);
  if (leaf && !entries.some((e) => e.runLength > 0)) {
    entries = await directory(leaves.offset + leaf.offset, leaf.length);
    if (typeof entries === 'string') return damaged(entries);
  }

  if (metadata.length > 0) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(
        await unpack(await read(metadata.offset, metadata.length), internal),
      );
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    } catch {
      return damaged('its description cannot be read');
    }
  }

  const tiles = entries.filter((e) => e.runLength > 0).slice(0, TILES_TO_OPEN);
  for (const [i, tile] of tiles.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = await unpack(await read(data.offset + tile.offset, tile.length), tileCompression);
    } catch {
      return damaged(`map tile ${i + 1} cannot be unpacked`);
    }
    if (!looksLike(tileType, bytes)) return damaged(`map tile ${i + 1} is not a readable tile`);
  }
  return null;
}
