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
      },
    });
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
