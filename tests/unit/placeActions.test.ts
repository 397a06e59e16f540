import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUserName } from '../../src/commands/identity';
import { addPlace } from '../../src/commands/places/addPlace';
import type { PeersDb } from '../../src/db/database';
import type { Geometry } from '../../src/domain/records/geometry';
import { reshapePlace, saveNewPlace } from '../../src/features/map/placeActions';
import { useStatus } from '../../src/state/statusStore';
import { boardWithPeople, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

/**
 * The map's own path for shapes that break the rules: the drawing tool usually stops a crossing
 * outline before it gets here, but whatever reaches the map feature is refused with the reason,
 * said on screen, and nothing stored changes.
 */

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali']);
  useStatus.setState({ notices: [] });
});
afterEach(() => d.close());

const ring = (...corners: [number, number][]): Geometry => ({
  type: 'Polygon',
  coordinates: [[...corners, corners[0]!].map(([x, y]) => [-1.5 + x / 1000, 53.4 + y / 1000])],
});
const square = ring([0, 0], [2, 0], [2, 2], [0, 2]);
const bowTie = ring([0, 0], [2, 2], [2, 0], [0, 2]);
const lastNotice = () => useStatus.getState().notices.at(-1)?.text ?? '';

describe('places drawn on the map', () => {
  it('refuses a new area whose outline crosses itself, and says why', async () => {
    const r = await saveNewPlace('b1', 'Garage block', 'estate', bowTie, 'geo');
    expect(r.ok).toBe(false);
    expect(lastNotice()).toMatch(/crosses itself; draw it again/);
    expect(await d.places.count()).toBe(0);
  });

  it('refuses to reshape an area into a crossing outline and keeps the stored shape', async () => {
    await mustRun(
      addPlace('b1', 'pl1', { name: 'Garage block', kind: 'estate', geometry: square }),
    );
    const place = (await d.places.get('pl1'))!;
    const r = await reshapePlace(place, bowTie);
    expect(!r.ok && r.message).toMatch(
      /^Garage block was not changed: The outline .* crosses itself/,
    );
    expect(lastNotice()).toMatch(/Garage block was not changed/);
    expect((await d.places.get('pl1'))!.geometry).toEqual(square);
  });

  it('refuses an area of two corners and a point outside the world', async () => {
    const sliver = await saveNewPlace('b1', 'Line', 'other', ring([0, 0], [2, 2]), 'geo');
    expect(!sliver.ok && sliver.message).toMatch(/at least three points/);
    const off = await saveNewPlace(
      'b1',
      'Nowhere',
      'other',
      { type: 'Point', coordinates: [200, 10] },
      'geo',
    );
    expect(!off.ok && off.message).toMatch(/Longitude 200 is outside -180 to 180/);
    expect(await d.places.count()).toBe(0);
  });
});
