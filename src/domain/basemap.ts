import type { Basemap } from './kinds/board';

/**
 * Rules for a board's basemap: what a tile address, an offline map file or a background image
 * must be before anything is stored. Pure: the map feature reads the file, these judge it.
 */

/** Larger files would not fit the browser's storage on many council laptops. */
export const PMTILES_MAX_BYTES = 500 * 1024 * 1024;
export const IMAGE_MAX_BYTES = 30 * 1024 * 1024;
/** Beyond this a decoded image takes gigabytes of memory and the map stalls. */
export const IMAGE_MAX_SIDE = 16_000;
export const TILE_TEMPLATE_MAX = 500;
export const ATTRIBUTION_MAX = 300;

const REQUIRED = ['{z}', '{x}', '{y}'] as const;
/** {s} is a sub-domain (a, b or c), {r} is "@2x" on high-density screens. */
const ALLOWED = new Set(['{z}', '{x}', '{y}', '{s}', '{r}']);

const list = (items: readonly string[]) =>
  items.length === 1
    ? items[0]!
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;

/** "612 MB", "4.2 MB", "380 KB": sizes as people read them. */
export function sizeInWords(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  // Rounded up, so a file just over a limit never reads as the limit itself.
  if (mb >= 10) return `${Math.ceil(mb).toLocaleString('en-GB')} MB`;
  if (mb >= 1) return `${mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * What is wrong with a tile address such as `https://tile.example.org/{z}/{x}/{y}.png`, in plain
 * words, or null when it can be used. Only web addresses: a `file:` or `javascript:` address has
 * no place in a map, and a typo must not be stored as if it worked.
 */
export function tileTemplateProblem(input: string): string | null {
  const template = input.trim();
  if (template.length === 0)
    return 'Enter the address of a tile server, such as https://tiles.example.org/{z}/{x}/{y}.png';
  if (template.length > TILE_TEMPLATE_MAX)
    return `The address can be at most ${TILE_TEMPLATE_MAX} characters; this one has ${template.length.toLocaleString('en-GB')}`;
  if (!/^https?:\/\//i.test(template))
    return 'The address must start with https:// (or http://): other kinds of address cannot serve map tiles';
  const missing = REQUIRED.filter((p) => !template.includes(p));
  if (missing.length > 0)
    return `The address must contain {z}, {x} and {y}, where the zoom and tile numbers go; it has no ${list(missing)}`;
  const unknown = [...new Set(template.match(/\{[^}]*\}/g) ?? [])].filter((p) => !ALLOWED.has(p));
  if (unknown.length > 0)
    return `The address contains ${list(unknown)}, which is not one of {z}, {x}, {y}, {s} or {r}`;
  let url: URL;
  try {
    url = new URL(template.replace(/\{([zxysr])\}/g, (_, k: string) => (k === 's' ? 'a' : '0')));
  } catch {
    return 'This is not a complete web address; check it against what the tile provider gives';
  }
  if (url.hostname.length === 0) return 'The address has no server name after https://';
  if (url.username || url.password)
    return 'The address must not contain a user name or password: every tile request would send them';
  return null;
}

/** The server a tile address sends requests to (with {s} left in, as the user typed it). */
export function tileHost(template: string): string {
  const m = /^https?:\/\/([^/?#]+)/i.exec(template.trim());
  return m?.[1] ?? template.trim();
}

export function attributionProblem(input: string): string | null {
  const text = input.trim();
  if (text.length === 0)
    return 'Say whose map this is (for example “© OpenStreetMap contributors”): tile providers ask for the credit to be shown on the map';
  if (text.length > ATTRIBUTION_MAX)
    return `The credit can be at most ${ATTRIBUTION_MAX} characters; this one has ${text.length.toLocaleString('en-GB')}`;
  return null;
}

export type PmtilesTileType = 'mvt' | 'png' | 'jpeg' | 'webp' | 'avif';

/** What the 127-byte PMTiles v3 header says about an archive: enough to judge and place it. */
export interface PmtilesSummary {
  tileType: PmtilesTileType;
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north in degrees. */
  bounds: [number, number, number, number];
}

export const PMTILES_HEADER_BYTES = 127;
const MAGIC = 'PMTiles';
const tileTypes: Record<number, PmtilesTileType> = {
  1: 'mvt',
  2: 'png',
  3: 'jpeg',
  4: 'webp',
  5: 'avif',
};

/** Size checks before a PMTiles file is even opened. */
export function pmtilesFileProblem(fileName: string, size: number): string | null {
  if (size > PMTILES_MAX_BYTES)
    return `“${fileName}” is ${sizeInWords(size)}: too large to keep in this browser (the limit is ${sizeInWords(PMTILES_MAX_BYTES)}). Cut the map down to your area with the pmtiles tool (pmtiles extract) and try again.`;
  if (size < PMTILES_HEADER_BYTES)
    return `“${fileName}” is not a PMTiles map file: it is too short to hold a map`;
  return null;
}

/**
 * Reads the start of a file as a PMTiles v3 header (see the PMTiles specification): the magic
 * "PMTiles", version 3, a tile type this app can draw and sensible zoom levels.
 */
export function readPmtilesHeader(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; summary: PmtilesSummary } | { ok: false; problem: string } {
  const fail = (problem: string) => ({ ok: false as const, problem });
  if (bytes.length < PMTILES_HEADER_BYTES)
    return fail(`“${fileName}” is not a PMTiles map file: it is too short to hold a map`);
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC)
    return fail(
      `“${fileName}” is not a PMTiles map file. Choose a file ending in .pmtiles, made with the pmtiles tool or downloaded from a PMTiles provider.`,
    );
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(7);
  if (version !== 3)
    return fail(
      `“${fileName}” is a PMTiles version ${version} file; only version 3 can be used. Convert it with the pmtiles tool (pmtiles convert).`,
    );
  const type = tileTypes[view.getUint8(99)];
  if (!type)
    return fail(
      `“${fileName}” holds a kind of map tile this app cannot draw: only pictures (PNG, JPEG, WebP, AVIF) or vector tiles (MVT)`,
    );
  const minZoom = view.getUint8(100);
  const maxZoom = view.getUint8(101);
  if (minZoom > maxZoom || maxZoom > 30)
    return fail(
      `“${fileName}” is damaged: its zoom levels (${minZoom} to ${maxZoom}) make no sense`,
    );
  const deg = (at: number) => view.getInt32(at, true) / 1e7;
  const bounds: [number, number, number, number] = [deg(102), deg(106), deg(110), deg(114)];
  return { ok: true, summary: { tileType: type, minZoom, maxZoom, bounds } };
}

const imageTypes = /^image\/(png|jpeg|webp|gif|avif|bmp|svg\+xml)$/;

/** Checks on an image's file before it is decoded. */
export function imageFileProblem(fileName: string, size: number, type: string): string | null {
  if (!imageTypes.test(type))
    return `“${fileName}” is not an image. Choose a picture of the floor plan or map: PNG, JPEG, WebP or GIF.`;
  if (size > IMAGE_MAX_BYTES)
    return `“${fileName}” is ${sizeInWords(size)}: too large for a background (the limit is ${sizeInWords(IMAGE_MAX_BYTES)}). Save it smaller or as a JPEG and try again.`;
  if (size === 0) return `“${fileName}” is empty: it could not be read as an image`;
  return null;
}

/** Checks on a decoded image's size in pixels. */
export function imageSizeProblem(fileName: string, width: number, height: number): string | null {
  if (!(width > 0 && height > 0))
    return `“${fileName}” could not be read as an image: it has no size in pixels`;
  if (width > IMAGE_MAX_SIDE || height > IMAGE_MAX_SIDE)
    return `“${fileName}” is ${width.toLocaleString('en-GB')} × ${height.toLocaleString('en-GB')} pixels: too large to draw (at most ${IMAGE_MAX_SIDE.toLocaleString('en-GB')} pixels on a side). Save it smaller and try again.`;
  return null;
}

/** What the Basemap button says is in use. */
export function basemapName(basemap: Basemap): string {
  switch (basemap.kind) {
    case 'none':
      return 'Plain grid';
    case 'sketch':
      return 'Harrowfield sketch';
    case 'tiles':
      return `Tiles from ${tileHost(basemap.urlTemplate)}`;
    case 'pmtiles':
      return `Offline map: ${basemap.fileName}`;
    case 'image':
      return `Image: ${basemap.fileName}`;
  }
}

/** The stored file a basemap reads from, if any. */
export function basemapFileId(basemap: Basemap): string | null {
  return basemap.kind === 'pmtiles' || basemap.kind === 'image' ? basemap.blobId : null;
}
