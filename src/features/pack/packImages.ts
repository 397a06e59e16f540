import type { BoardContent } from '../../db/queries';
import { cleanRecordText } from '../../domain/cleanText';
import { exportInput, mapExportInput, mapExportSvg, networkPicture } from '../export';
import { pictureToSvg, type Picture } from '../../ui/drawing/picture';
import { placeFeatures } from '../map';
import { NO_SELECTION } from '../../state/uiStore';
import { mapPicture } from './mapPicture';

const keep = (s: string) => s;
// Nearly square: the map sits on a portrait A4 page, with its legend in one column beside it.
const MAP_W = 1000;
const MAP_H = 900;

/**
 * Past this many people the network is printed as a PNG painted in a worker: the browser lays out
 * and paints an SVG image on the page's thread, which for 2,000 people held the page for most of a
 * second. Up to it, the SVG keeps the diagram sharp and its text searchable in a saved PDF.
 */
export const PNG_FROM_PEOPLE = 400;

/** A pack picture: an SVG document, or the drawing to paint as a PNG (the network of a large board). */
export type PackPicture = { svg: string } | { picture: Picture };

export interface PackImages {
  /** The network with its legend, as the PNG/SVG export draws it. */
  network: PackPicture;
  /** The places with the map legend (an SVG document), or null when no place has a shape. */
  map: { svg: string } | null;
}

/**
 * The pack's two pictures, drawn from the records under the names policy in force. The whole board
 * is drawn (no filters, no selection): a meeting's record should not depend on what was last
 * filtered on the projector.
 */
export function packImages(given: BoardContent, presenterSafe: boolean, now: Date): PackImages {
  // Records stored before text was cleaned at input may hold control characters or bidi
  // overrides: the printed record of a meeting shows none (domain/cleanText.ts).
  const content: BoardContent = {
    ...given,
    board: cleanRecordText(given.board),
    people: given.people.map(cleanRecordText),
    groups: given.groups.map(cleanRecordText),
    places: given.places.map(cleanRecordText),
    associations: given.associations.map(cleanRecordText),
    annotations: given.annotations.map(cleanRecordText),
  };
  const drawing = networkPicture(exportInput(content, { presenterSafe, hidden: new Set(), now }));
  const network: PackPicture =
    content.people.length > PNG_FROM_PEOPLE ? { picture: drawing } : { svg: pictureToSvg(drawing) };
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
  const map = {
    svg: mapExportSvg({
      ...input,
      basemapLine: 'Basemap not printed: places are drawn from the records on a plain background.',
    }).svg,
  };
  return { network, map };
}
