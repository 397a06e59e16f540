import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../src/adapters/leaflet/mapIntents';
import type { SnapshotPlace } from '../../src/adapters/leaflet/snapshot';
import { newBoard } from '../../src/domain/kinds/board';
import { newPerson } from '../../src/domain/kinds/person';
import { newPlace } from '../../src/domain/kinds/place';
import { LINKED_HALO, placeKindStyle, placeSelected } from '../../src/domain/placeEncoding';
import type { Board } from '../../src/domain/kinds/board';
import { placeKinds, riskLevels } from '../../src/domain/vocabulary';
import { exportFileName } from '../../src/features/export/exportInput';
import { basemapWords, mapExportInput, type MapPicture } from '../../src/features/export/mapInput';
import { mapExportSvg, scaleBar } from '../../src/features/export/mapSvg';

const now = new Date(2026, 10, 21, 10, 30);

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const textsOf = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));

function feature(id: string, label: string, more: Partial<PlaceFeature> = {}): PlaceFeature {
  return {
    id,
    label,
    kind: 'park',
    risk: 'moderate',
    geometry: { type: 'Point', coordinates: [0, 0] },
    selected: false,
    linked: false,
    dimmed: false,
    ...more,
  };
}

/** A map view 800 by 500 pixels: a point, an area and a point out of view. */
const places: SnapshotPlace[] = [
  {
    feature: feature('pl1', 'Jordan Reid’s flat', { kind: 'home', selected: true }),
    shape: { type: 'point', at: { x: 200, y: 150 } },
  },
  {
    feature: feature('pl2', 'Kestrel Park', { linked: true }),
    shape: {
      type: 'area',
      rings: [
        [
          { x: 300, y: 200 },
          { x: 500, y: 200 },
          { x: 500, y: 400 },
          { x: 300, y: 200 },
        ],
      ],
      labelAt: { x: 430, y: 270 },
    },
  },
  {
    feature: feature('pl3', 'Far away <script>', { kind: 'shop' }),
    shape: { type: 'point', at: { x: 2400, y: -300 } },
  },
];
const picture: MapPicture = { width: 800, height: 500, places, dots: [], metresPerPixel: 1.6 };

function contentOf(board: Partial<Board> = {}) {
  return {
    board: newBoard('b1', {
      title: 'Jordan Reid and friends',
      purpose: 'Training',
      owner: 'Sam',
      reviewDate: '2099-01-01',
      ...board,
    }),
    people: [newPerson('p1', 'b1', { displayName: 'Jordan Reid' })],
    places: [
      newPlace('pl1', 'b1', { name: 'Jordan Reid’s flat', kind: 'home', geometry: null }),
      newPlace('pl4', 'b1', { name: 'Group chat', kind: 'online', geometry: null }),
    ],
  };
}

describe('the map export', () => {
  it('carries the title, the date, the names in force and the marking at the top and bottom', () => {
    const input = mapExportInput(contentOf(), picture, {
      presenterSafe: false,
      now,
      basemapLeftOut: false,
    });
    const { svg, width, height, frame } = mapExportSvg(input);
    const texts = textsOf(svg);
    expect(texts).toContain('Jordan Reid and friends');
    expect(texts).toContain('21 November 2026 · Names: full names');
    expect(texts.filter((t) => t === 'OFFICIAL-SENSITIVE')).toHaveLength(2);
    expect(texts).toContain('Jordan Reid’s flat');
    expect(texts).toContain(
      'Shows 2 places; 1 more is outside this view; 2 places have no shape (online spaces) and are not on the map.',
    );
    expect(texts).toContain('Basemap: none (plain grid).');
    expect(texts).toContain('100 m');
    // The map keeps its size on screen; the legend sits beside it.
    expect(frame).toMatchObject({ width: 800, height: 500 });
    expect(width).toBeGreaterThan(800 + 250);
    expect(height).toBeGreaterThan(500 + 2 * 40);
    expect(svg.startsWith('<?xml')).toBe(true);
  });

  it('masks names in the title and place names under presenter-safe, and says so', () => {
    const input = mapExportInput(contentOf(), picture, {
      presenterSafe: true,
      now,
      basemapLeftOut: false,
    });
    const { svg } = mapExportSvg(input);
    const texts = textsOf(svg);
    expect(svg).not.toContain('Jordan');
    expect(svg).not.toContain('Reid');
    expect(texts).toContain('JR and friends');
    expect(texts).toContain('JR’s flat');
    expect(texts).toContain('21 November 2026 · Names: initials (presenter-safe)');
    expect(exportFileName(input.title, now, 'png', 'map')).toBe(
      'JR-and-friends-map-2026-11-21.png',
    );
  });

  it('draws places as on the map: badges, areas, selected and linked colours; text stays text', () => {
    const { svg } = mapExportSvg(
      mapExportInput(contentOf(), picture, { presenterSafe: false, now, basemapLeftOut: false }),
    );
    expect(svg).toContain(`stroke="${placeKindStyle.home.colour}"`);
    expect(svg).toMatch(
      new RegExp(`<path d="M300 200L500 200L500 400L300 200Z"[^>]*stroke="${LINKED_HALO}"`),
    );
    expect(svg).toContain(`stroke="${placeSelected}"`);
    expect(svg).toContain('Far away &lt;script&gt;');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('clip-path="url(#map-frame)"');
  });

  it('has the legend: every kind and risk level', () => {
    const texts = textsOf(
      mapExportSvg(
        mapExportInput(contentOf(), picture, { presenterSafe: false, now, basemapLeftOut: false }),
      ).svg,
    );
    expect(texts).toContain('Legend');
    for (const term of [...placeKinds, ...riskLevels.filter((r) => r.key !== 'not-assessed')])
      expect(texts).toContain(term.label);
    expect(texts).toContain('Linked to the selection');
  });

  it('says which basemap is under the places, or why it was left out', () => {
    const tiles: Board['basemap'] = {
      kind: 'tiles',
      urlTemplate: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: '© Example contributors',
    };
    const keep = (s: string) => s;
    expect(basemapWords(tiles, false, keep)).toBe('Map tiles: © Example contributors.');
    expect(basemapWords(tiles, true, keep)).toBe(
      'Basemap left out: its tiles come from tiles.example.org, and the browser does not allow them in a saved image.',
    );
    const texts = textsOf(
      mapExportSvg(
        mapExportInput(contentOf({ basemap: tiles }), picture, {
          presenterSafe: false,
          now,
          basemapLeftOut: true,
        }),
      ).svg,
    ).join(' ');
    expect(texts).toContain('Basemap left out');
  });

  it('picks a round scale bar no longer than it should be', () => {
    expect(scaleBar(1.6)).toEqual({ metres: 100, px: 62.5 });
    expect(scaleBar(10)).toEqual({ metres: 1000, px: 100 });
    expect(scaleBar(0.5)).toEqual({ metres: 50, px: 100 });
  });
});
