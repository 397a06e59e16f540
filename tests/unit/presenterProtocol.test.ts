import { describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src/domain/networkFilter';
import { presenterHash, readPresenterMessage } from '../../src/features/presenter/protocol';
import { parseHash, hashOf } from '../../src/app/router';
import { NO_SELECTION } from '../../src/state/uiStore';

const state = {
  boardId: 'b1',
  views: 'both',
  showPlaces: true,
  selection: { ...NO_SELECTION, people: ['p1', 'p2'] },
  filter: { ...emptyFilter, focus: { centre: ['p1'], steps: 2 } },
  step: 3,
  extent: { x1: -100, y1: -50, x2: 300, y2: 250 },
  mapArea: { boardId: 'b1', space: 'geo', x1: -1.4995, y1: 53.3975, x2: -1.4905, y2: 53.4 },
  sizing: { measure: 'bridging', sizes: { p1: 104, p2: 44 } },
  period: { from: '2026-03-01', to: null },
};

/** The map's area as the presenter reads it from a state carrying `mapArea`. */
const areaRead = (mapArea: unknown) => {
  const m = readPresenterMessage({ type: 'state', state: { ...state, mapArea } });
  return m?.type === 'state' ? m.state.mapArea : 'not read';
};

describe('readPresenterMessage', () => {
  it('reads the chair’s state as sent', () => {
    expect(readPresenterMessage({ type: 'state', state })).toEqual({ type: 'state', state });
  });

  it('reads the plain signals', () => {
    for (const type of ['chair-gone', 'close', 'presenter-here', 'presenter-gone', 'hello'])
      expect(readPresenterMessage({ type })).toEqual({ type });
  });

  it('ignores what is not a message of this app', () => {
    for (const data of [null, 'state', 42, {}, { type: 'reload' }, { type: 'state' }])
      expect(readPresenterMessage(data)).toBeNull();
    expect(readPresenterMessage({ type: 'state', state: { ...state, boardId: '' } })).toBeNull();
  });

  it('keeps only well-formed parts of a state: ids as strings, a known view, a real extent', () => {
    const m = readPresenterMessage({
      type: 'state',
      state: {
        boardId: 'b1',
        views: 'everything',
        selection: { people: ['p1', 7, null], groups: 'g1' },
        filter: { focus: { centre: ['p1'], steps: 9 }, hideUndated: 'yes' },
        step: -2,
        extent: { x1: 10, y1: 0, x2: 5, y2: 10 },
      },
    });
    expect(m).toEqual({
      type: 'state',
      state: {
        boardId: 'b1',
        views: 'network',
        showPlaces: false,
        selection: { ...NO_SELECTION, people: ['p1'] },
        filter: emptyFilter,
        step: 0,
        extent: null,
        mapArea: null,
        sizing: null,
        period: { from: null, to: null },
      },
    });
  });

  it('reads the chair’s node sizes only for a known measure, as numbers within the drawn range', () => {
    const sizingRead = (sizing: unknown) => {
      const m = readPresenterMessage({ type: 'state', state: { ...state, sizing } });
      return m?.type === 'state' ? m.state.sizing : 'not read';
    };
    expect(sizingRead(undefined)).toBeNull();
    expect(sizingRead({ measure: 'popularity', sizes: { p1: 60 } })).toBeNull();
    expect(sizingRead({ measure: 'toString', sizes: {} })).toBeNull();
    expect(sizingRead({ measure: 'core', sizes: 'big' })).toBeNull();
    expect(
      sizingRead({ measure: 'core', sizes: { p1: 9999, p2: -5, p3: 'Leon Price', p4: 70 } }),
    ).toEqual({ measure: 'core', sizes: { p1: 104, p2: 44, p4: 70 } });
  });

  it('reads the map’s incident period (the time bar’s range) as days only', () => {
    const periodRead = (period: unknown) => {
      const m = readPresenterMessage({ type: 'state', state: { ...state, period } });
      return m?.type === 'state' ? m.state.period : 'not read';
    };
    expect(periodRead({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(periodRead({ from: 'Leon Price', to: 20260301 })).toEqual({ from: null, to: null });
    expect(periodRead(undefined)).toEqual({ from: null, to: null });
  });

  it('reads the map’s area in the world or on an image, for the chair’s board', () => {
    expect(areaRead(state.mapArea)).toEqual(state.mapArea);
    const image = { boardId: 'b1', space: 'image', x1: -2048, y1: -4096, x2: 30000, y2: 12000 };
    expect(areaRead(image)).toEqual(image);
    // A map zoomed far out shows more than one turn of the world.
    const wide = { boardId: 'b1', space: 'geo', x1: -300, y1: -85, x2: 100, y2: 85 };
    expect(areaRead(wide)).toEqual(wide);
    // Only the fields of an area travel on.
    expect(areaRead({ ...image, label: 'Leon Price' })).toEqual(image);
  });

  it('ignores a map area that is not a real area of the chair’s board, and keeps the rest', () => {
    const area = state.mapArea;
    for (const bad of [
      null,
      'everywhere',
      { ...area, boardId: 'b2' },
      { ...area, space: 'sketch' },
      { ...area, x1: Number.NaN },
      { ...area, y2: Number.POSITIVE_INFINITY },
      { ...area, x2: '-1.49' },
      { ...area, x2: area.x1 },
      { ...area, y1: area.y2 + 1 },
      { ...area, y1: -91 },
      { ...area, y2: 90.5 },
      { ...area, x1: -541 },
      { ...area, space: 'image', x2: 2e7 },
    ])
      expect(areaRead(bad)).toBeNull();
    const m = readPresenterMessage({
      type: 'state',
      state: { ...state, mapArea: { ...area, y1: 200 } },
    });
    expect(m).toEqual({ type: 'state', state: { ...state, mapArea: null } });
  });

  it('carries no record fields: names stay in each window’s own store', () => {
    const m = readPresenterMessage({
      type: 'state',
      state: { ...state, people: [{ displayName: 'Leon Price' }], label: 'Leon Price' },
    });
    expect(JSON.stringify(m)).not.toContain('Leon');
  });
});

describe('the presenter route', () => {
  it('is a hash route of its own that round-trips', () => {
    expect(parseHash(presenterHash('b 1'))).toEqual({ name: 'present', boardId: 'b 1' });
    expect(hashOf({ name: 'present', boardId: 'b 1' })).toBe(presenterHash('b 1'));
    expect(parseHash('#/board/b1')).toEqual({ name: 'board', boardId: 'b1' });
  });
});
