import { useEffect, useMemo, useState } from 'react';
import { BasemapLayer, type BasemapSource } from '../../../adapters/leaflet/basemaps/BasemapLayer';
import type { SketchFeature } from '../../../adapters/leaflet/basemaps/sketchSpecs';
import { useBasemapFile, type StoredBasemapFile } from '../../../db/basemapFiles';
import { basemapFileId, tileHost } from '../../../domain/basemap';
import { tileImageSource } from '../../../domain/tileImagePolicy';
import type { Basemap as BasemapRecord } from '../../../domain/kinds/board';
import type { CoordinateSpace } from '../../../domain/records/geometry';
import type { Place } from '../../../domain/kinds/place';
import { hiddenPlacesNote } from './hiddenPlaces';
import { allowImagesFrom } from './imagePolicy';
import { loadSketch } from './sketchData';
import { usePlainPicture } from './usePlainPicture';

interface Props {
  basemap: BasemapRecord;
  places: readonly Place[];
  space: CoordinateSpace;
}

const BLANK: BasemapSource = { kind: 'blank' };
const NONE: BasemapSource = { kind: 'none' };

function useSketch(wanted: boolean): { features: SketchFeature[] | null; problem: string | null } {
  const [features, setFeatures] = useState<SketchFeature[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted || features) return;
    let live = true;
    loadSketch().then(
      (f) => live && setFeatures(f),
      () => live && setProblem('The sketch map could not be loaded. Reload the page to try again.'),
    );
    return () => {
      live = false;
    };
  }, [wanted, features]);
  return { features, problem };
}

function sourceOf(
  basemap: BasemapRecord,
  sketch: SketchFeature[] | null,
  stored: StoredBasemapFile | undefined,
): BasemapSource {
  switch (basemap.kind) {
    case 'none':
      return NONE;
    case 'sketch':
      return sketch ? { kind: 'sketch', features: sketch } : BLANK;
    case 'tiles':
      return { kind: 'tiles', urlTemplate: basemap.urlTemplate, attribution: basemap.attribution };
    case 'pmtiles':
      return stored?.state === 'found'
        ? { kind: 'pmtiles', data: stored.file.data, key: stored.file.id }
        : BLANK;
    case 'image':
      return stored?.state === 'found'
        ? {
            kind: 'image',
            key: stored.file.id,
            data: stored.file.data,
            width: basemap.width,
            height: basemap.height,
            name: basemap.fileName,
          }
        : BLANK;
  }
}

function fileProblem(basemap: BasemapRecord, stored: StoredBasemapFile | undefined): string | null {
  if (!stored || stored.state === 'found' || basemapFileId(basemap) === null) return null;
  const what = basemap.kind === 'image' ? 'background image' : 'offline map file';
  return stored.state === 'missing'
    ? `The ${what} is not on this device any more. Choose it again from Basemap.`
    : `The ${what} stored on this device is damaged (${stored.problem}). Choose it again from Basemap.`;
}

/**
 * Why the board's tiles cannot be shown in this page, or null when they can (or it has none). The
 * first call puts the page's image policy in place, allowing only this board's tile server.
 */
function tilesBlocked(basemap: BasemapRecord): { message: string; reload: boolean } | null {
  if (basemap.kind !== 'tiles') {
    allowImagesFrom(null);
    return null;
  }
  const source = tileImageSource(basemap.urlTemplate);
  const host = tileHost(basemap.urlTemplate);
  if (source === null) {
    allowImagesFrom(null);
    return {
      message: `Tiles from ${host} cannot be shown: only {s} can stand for part of the server’s name. Check the address in Basemap.`,
      reload: false,
    };
  }
  if (allowImagesFrom(source)) return null;
  return {
    message: `Tiles from ${host} are shown after a reload: for safety, this page takes pictures only from the map servers it started with.`,
    reload: true,
  };
}

/** What identifies a source: equal keys draw the same map. */
function keyOf(source: BasemapSource): string {
  switch (source.kind) {
    case 'sketch':
      return `sketch:${source.features.length}`;
    case 'tiles':
      return `tiles:${source.urlTemplate}\u0000${source.attribution}`;
    case 'pmtiles':
      return `pmtiles:${source.key}`;
    case 'image':
      return `image:${source.key}`;
    default:
      return source.kind;
  }
}

/**
 * The same source object for as long as it draws the same map: the board record is re-read on any
 * edit of the board (a new title, say), and the basemap must not be torn down and redrawn for it.
 */
function useSteady(source: BasemapSource): BasemapSource {
  const [kept, setKept] = useState(source);
  if (keyOf(kept) !== keyOf(source)) {
    setKept(source);
    return source;
  }
  return kept;
}

/**
 * The board's basemap, drawn by the adapter under the places, with a plain line on the map when
 * something is not shown: places drawn in the other coordinate space, or a missing file.
 */
export function Basemap({ basemap, places, space }: Props) {
  const stored = usePlainPicture(useBasemapFile(basemapFileId(basemap)));
  const sketch = useSketch(basemap.kind === 'sketch');
  const [drawProblem, setDrawProblem] = useState<{ for: BasemapSource; message: string } | null>(
    null,
  );
  // In render, not an effect: the adapter's effect (a child's) runs first and would add the tiles
  // before the policy is in. Putting the policy in is idempotent.
  const blocked = tilesBlocked(basemap);
  const source = useSteady(blocked ? BLANK : sourceOf(basemap, sketch.features, stored));
  const hidden = useMemo(() => hiddenPlacesNote(places, space), [places, space]);
  const problem =
    fileProblem(basemap, stored) ??
    (basemap.kind === 'sketch' ? sketch.problem : null) ??
    (drawProblem?.for === source ? drawProblem.message : null);

  return (
    <>
      <BasemapLayer
        source={source}
        onProblem={(message) => setDrawProblem({ for: source, message })}
      />
      {blocked && (
        <p className="basemap-note is-problem" role="alert">
          {blocked.message}
          {blocked.reload && (
            <button type="button" onClick={() => window.location.reload()}>
              Reload
            </button>
          )}
        </p>
      )}
      {!blocked && problem && (
        <p className="basemap-note is-problem" role="alert">
          {problem}
        </p>
      )}
      {!blocked && !problem && hidden && (
        <p className="basemap-note" role="status">
          {hidden}
        </p>
      )}
    </>
  );
}
