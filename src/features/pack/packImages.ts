import type { BoardContent } from '../../db/queries';
import { exportInput, mapExportInput, mapExportSvg, networkSvg } from '../export';
import { placeFeatures } from '../map';
import { NO_SELECTION } from '../../state/uiStore';
import { mapPicture } from './mapPicture';

const keep = (s: string) => s;
// Nearly square: the map sits on a portrait A4 page, with its legend in one column beside it.
const MAP_W = 1000;
const MAP_H = 900;

export interface PackImages {
  /** The network with its legend, as the PNG/SVG export draws it, as an SVG document. */
  network: string;
  /** The places with the map legend, or null when no place has a shape on the map. */
  map: string | null;
}

/**
 * The pack's two pictures, drawn from the records under the names policy in force. The whole board
 * is drawn (no filters, no selection): a meeting's record should not depend on what was last
 * filtered on the projector.
 */
export function packImages(content: BoardContent, presenterSafe: boolean, now: Date): PackImages {
  const network = networkSvg(exportInput(content, { presenterSafe, hidden: new Set(), now }));
  const space = content.board.basemap.kind === 'image' ? 'image' : 'geo';
  const picture = mapPicture(
    placeFeatures(content, NO_SELECTION, space, keep),
    space,
    MAP_W,
    MAP_H,
  );
  if (!picture) return { network, map: null };
  const input = mapExportInput(content, picture, {
    presenterSafe,
    now,
    basemapLeftOut: false,
  });
  const map = mapExportSvg({
    ...input,
    basemapLine: 'Basemap not printed: places are drawn from the records on a plain background.',
  }).svg;
  return { network, map };
}
