import { describe, expect, it } from 'vitest';
import {
  attributionProblem,
  basemapName,
  IMAGE_MAX_BYTES,
  imageFileProblem,
  imageSizeProblem,
  PMTILES_MAX_BYTES,
  pmtilesFileProblem,
  readPmtilesHeader,
  tileHost,
  tileTemplateProblem,
} from '../../src/domain/basemap';
import { hiddenPlacesNote } from '../../src/features/map/basemap/hiddenPlaces';
import { makeHarrowfieldPmtiles, makeHarrowfieldVectorPmtiles } from '../fixtures/makePmtiles.mjs';

describe('tile address', () => {
  it.each([
    'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    'http://127.0.0.1:4700/{z}/{x}/{y}.png',
    'https://{s}.tiles.example.org/base/{z}/{x}/{y}{r}.png?key=abc',
    '  https://maps.council.example/{z}/{y}/{x}.jpg  ',
  ])('accepts %s', (template) => {
    expect(tileTemplateProblem(template)).toBeNull();
  });

  it('names the one placeholder that is missing', () => {
    const message = tileTemplateProblem('https://tiles.example.org/{x}/{y}.png');
    expect(message).toMatch(/must contain \{z\}, \{x\} and \{y\}/);
    expect(message).toMatch(/it has no \{z\}$/);
  });

  it('names every placeholder that is missing', () => {
    expect(tileTemplateProblem('https://tiles.example.org/map.png')).toMatch(
      /it has no \{z\}, \{x\} and \{y\}$/,
    );
  });

  it.each([
    ['file:///C:/maps/{z}/{x}/{y}.png', /must start with https:\/\//],
    ['javascript:alert(1)//{z}{x}{y}', /must start with https:\/\//],
    ['ftp://tiles.example.org/{z}/{x}/{y}.png', /must start with https:\/\//],
    ['tiles.example.org/{z}/{x}/{y}.png', /must start with https:\/\//],
  ])('refuses %s as not a web address', (template, message) => {
    expect(tileTemplateProblem(template)).toMatch(message);
  });

  it('refuses placeholders Leaflet would leave in the address', () => {
    expect(tileTemplateProblem('https://t.example.org/{z}/{x}/{y}.png?k={apikey}')).toMatch(
      /contains \{apikey\}, which is not one of/,
    );
  });

  it('refuses an empty address, a user name in it, or one too long', () => {
    expect(tileTemplateProblem('   ')).toMatch(/^Enter the address/);
    expect(tileTemplateProblem('https://me:secret@t.example.org/{z}/{x}/{y}.png')).toMatch(
      /user name or password/,
    );
    expect(tileTemplateProblem(`https://t.example.org/${'a'.repeat(500)}/{z}/{x}/{y}.png`)).toMatch(
      /at most 500 characters/,
    );
  });

  it('says which server will see the requests', () => {
    expect(tileHost('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('{s}.tile.example.org');
    expect(tileHost('http://127.0.0.1:4711/{z}/{x}/{y}.png')).toBe('127.0.0.1:4711');
  });

  it('asks for a credit', () => {
    expect(attributionProblem('')).toMatch(/Say whose map this is/);
    expect(attributionProblem('© OpenStreetMap contributors')).toBeNull();
  });
});

describe('PMTiles header', () => {
  const bytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

  it('reads the generated raster archive: PNG tiles at zoom 14 to 16 over Harrowfield', () => {
    const read = readPmtilesHeader('harrowfield.pmtiles', bytes(makeHarrowfieldPmtiles()));
    expect(read).toEqual({
      ok: true,
      summary: {
        tileType: 'png',
        minZoom: 14,
        maxZoom: 16,
        bounds: [-1.515, 53.394, -1.491, 53.406],
      },
    });
  });

  it('reads the generated vector archive as MVT', () => {
    const read = readPmtilesHeader('v.pmtiles', bytes(makeHarrowfieldVectorPmtiles()));
    expect(read.ok && read.summary.tileType).toBe('mvt');
  });

  it('refuses a text file, naming it', () => {
    const text = new TextEncoder().encode('Minutes of the strategy meeting. '.repeat(10));
    const read = readPmtilesHeader('minutes.txt', text);
    expect(read).toEqual({
      ok: false,
      problem: expect.stringMatching(/^“minutes.txt” is not a PMTiles map file/) as unknown,
    });
  });

  it('refuses a version 2 archive and says how to convert it', () => {
    const archive = Buffer.from(makeHarrowfieldPmtiles());
    archive.writeUInt8(2, 7);
    const read = readPmtilesHeader('old.pmtiles', bytes(archive));
    expect(read.ok ? '' : read.problem).toMatch(/version 2 file; only version 3.*pmtiles convert/);
  });

  it('refuses a file too short to be a map and one over 500 MB', () => {
    expect(readPmtilesHeader('x.pmtiles', new Uint8Array(20)).ok).toBe(false);
    expect(pmtilesFileProblem('europe.pmtiles', PMTILES_MAX_BYTES + 1)).toMatch(
      /^“europe.pmtiles” is 501 MB: too large .*\(the limit is 500 MB\)/,
    );
    expect(pmtilesFileProblem('england.pmtiles', 612 * 1024 * 1024)).toMatch(/is 612 MB/);
    expect(pmtilesFileProblem('town.pmtiles', 40_000)).toBeNull();
  });
});

describe('background image', () => {
  it('refuses a file that is not an image, naming it', () => {
    expect(imageFileProblem('plan.pdf', 1000, 'application/pdf')).toMatch(
      /^“plan.pdf” is not an image/,
    );
  });

  it('refuses an image over 30 MB', () => {
    expect(imageFileProblem('scan.png', IMAGE_MAX_BYTES + 1, 'image/png')).toMatch(
      /“scan.png” is 31 MB: too large/,
    );
    expect(imageFileProblem('plan.png', 200_000, 'image/png')).toBeNull();
  });

  it('refuses more than 16,000 pixels on a side, or no size at all', () => {
    expect(imageSizeProblem('wide.png', 16_001, 400)).toMatch(/16,001 × 400 pixels: too large/);
    expect(imageSizeProblem('plan.svg', 0, 0)).toMatch(/could not be read as an image/);
    expect(imageSizeProblem('plan.png', 16_000, 9_000)).toBeNull();
  });
});

describe('what the map says', () => {
  it('names the basemap in use', () => {
    expect(basemapName({ kind: 'none' })).toBe('Plain grid');
    expect(
      basemapName({
        kind: 'tiles',
        urlTemplate: 'https://tiles.example.org/{z}/{x}/{y}.png',
        attribution: 'x',
      }),
    ).toBe('Tiles from tiles.example.org');
    expect(
      basemapName({ kind: 'image', fileName: 'plan.png', blobId: 'f', width: 1, height: 1 }),
    ).toBe('Image: plan.png');
  });

  it('counts places drawn in the other coordinate space, not online spaces', () => {
    const geo = { geometry: { type: 'Point' as const, coordinates: [0, 0] as [number, number] } };
    const places = [
      { ...geo, coordinateSpace: 'geo' as const },
      { ...geo, coordinateSpace: 'geo' as const },
      { ...geo, coordinateSpace: 'geo' as const },
      { geometry: null, coordinateSpace: 'geo' as const },
      { ...geo, coordinateSpace: 'image' as const },
    ];
    expect(hiddenPlacesNote(places, 'image')).toBe(
      '3 places are drawn on the geographic map and are not shown on this image',
    );
    expect(hiddenPlacesNote(places, 'geo')).toBe(
      '1 place is drawn on a background image and is not shown on this map',
    );
    expect(hiddenPlacesNote(places.slice(0, 4), 'geo')).toBeNull();
  });
});
