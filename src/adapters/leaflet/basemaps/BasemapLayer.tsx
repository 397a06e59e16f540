import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { plainGrid } from '../gridLayer';
import { addImage } from './imageLayer';
import { addSketch } from './sketchLayer';
import type { SketchFeature } from './sketchSpecs';
import { addTiles } from './tileLayer';
import './basemaps.css';

/** What the map feature hands the adapter to draw under the places: plain data only. */
export type BasemapSource =
  | { kind: 'none' }
  | { kind: 'sketch'; features: readonly SketchFeature[] }
  | { kind: 'tiles'; urlTemplate: string; attribution: string }
  | { kind: 'pmtiles'; data: Blob; key: string }
  | { kind: 'image'; key: string; data: Blob; width: number; height: number; name: string }
  /** The file is still loading or could not be found: draw nothing rather than the wrong map. */
  | { kind: 'blank' };

interface Props {
  source: BasemapSource;
  /** A problem found while drawing (a damaged file), in plain words. */
  onProblem: (message: string) => void;
}

/**
 * The board's basemap under the places. A new source replaces the old layers at once; the old
 * ones (and their object URLs) are removed first.
 */
export function BasemapLayer({ source, onProblem }: Props) {
  const map = useMap();
  const problem = useRef(onProblem);
  problem.current = onProblem;

  useEffect(() => {
    const report = (message: string) => problem.current(message);
    switch (source.kind) {
      case 'none': {
        const grid = plainGrid().addTo(map);
        return () => {
          grid.remove();
        };
      }
      case 'sketch':
        return addSketch(map, source.features);
      case 'tiles':
        return addTiles(map, source.urlTemplate, source.attribution);
      case 'pmtiles': {
        // The PMTiles readers (and protomaps-leaflet's styles) load only when such a map is used.
        let remove: (() => void) | null = null;
        let gone = false;
        import('./pmtilesLayer').then(
          (m) => {
            if (!gone) remove = m.addPmtiles(map, source.data, source.key, report);
          },
          () => report('The offline map reader could not be loaded. Reload the page to try again.'),
        );
        return () => {
          gone = true;
          remove?.();
        };
      }
      case 'image':
        return addImage(map, source.data, source.width, source.height, source.name, report);
      case 'blank':
        return undefined;
    }
  }, [map, source]);

  return null;
}
