import type { MapSnapshot, SnapshotPlace } from '../../adapters/leaflet/snapshot';
import type { BoardContent } from '../../db/queries';
import { effectivePolicy, maskNames } from '../../domain/naming';
import type { Basemap } from '../../domain/kinds/board';
import { longDate, namesInForce } from './exportInput';
import type { MapLegendSection } from './mapLegend';

/** The map as the export draws it: places and dots in screen pixels, with no Leaflet in sight. */
export type MapPicture = Pick<
  MapSnapshot,
  'width' | 'height' | 'places' | 'dots' | 'metresPerPixel'
>;

/** What an exported image of the map shows. Every string in it is drawn as plain text. */
export interface MapExportInput {
  title: string;
  /** The board's protective marking, e.g. OFFICIAL-SENSITIVE; may be empty. */
  marking: string;
  dateText: string;
  /** Which names the image shows, e.g. "Names: initials (presenter-safe)". */
  namesLine: string;
  /** How many places the view shows, and what it leaves out. */
  shownLine: string;
  /** Which basemap is under the places, its credit, or why it was left out. */
  basemapLine: string;
  /** Place labels are already the names that may be shown. */
  picture: MapPicture;
  /** Further legend sections (incidents) from the map's other parts. */
  extraLegend: readonly MapLegendSection[];
}

export interface MapExportView {
  presenterSafe: boolean;
  now: Date;
  /** Some basemap tiles came from another site and could not be put in the image. */
  basemapLeftOut: boolean;
  extraLegend?: readonly MapLegendSection[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function inView(p: SnapshotPlace, width: number, height: number): boolean {
  const pts = p.shape.type === 'point' ? [p.shape.at] : p.shape.rings.flat();
  const xs = pts.map((q) => q.x);
  const ys = pts.map((q) => q.y);
  return (
    Math.max(...xs) >= 0 &&
    Math.min(...xs) <= width &&
    Math.max(...ys) >= 0 &&
    Math.min(...ys) <= height
  );
}

/** "Shows 5 places; 2 more are outside this view; 1 online space is not on the map." */
function shownLine(picture: MapPicture, withoutShape: number): string {
  const shown = picture.places.filter((p) => inView(p, picture.width, picture.height)).length;
  const parts = [`Shows ${plural(shown, 'place', 'places')}`];
  const outside = picture.places.length - shown;
  if (outside > 0) parts.push(`${plural(outside, 'more is', 'more are')} outside this view`);
  if (withoutShape > 0)
    parts.push(
      `${plural(withoutShape, 'place has', 'places have')} no shape (online spaces) and ${withoutShape === 1 ? 'is' : 'are'} not on the map`,
    );
  return `${parts.join('; ')}.`;
}

const hostOf = (template: string) => {
  try {
    return new URL(template.replace(/\{[a-z]\}/gi, '0')).host;
  } catch {
    return 'another website';
  }
};

/**
 * The basemap in words, for the image's footer. A tile server's credit goes into the image with its
 * tiles (its licence asks for that); when the tiles could not be included, the footer says why, so
 * an empty background is not taken for open land.
 */
export function basemapWords(
  basemap: Basemap,
  leftOut: boolean,
  mask: (s: string) => string,
): string {
  if (leftOut) {
    const from = basemap.kind === 'tiles' ? hostOf(basemap.urlTemplate) : 'another website';
    return `Basemap left out: its tiles come from ${from}, and the browser does not allow them in a saved image.`;
  }
  switch (basemap.kind) {
    case 'none':
      return 'Basemap: none (plain grid).';
    case 'sketch':
      return 'Basemap: sketch map (fictional streets).';
    case 'tiles':
      return `Map tiles: ${basemap.attribution.trim() || hostOf(basemap.urlTemplate)}.`;
    case 'pmtiles':
      return `Basemap: offline map file ${mask(basemap.fileName)}.`;
    case 'image':
      return `Background image: ${mask(basemap.fileName)}.`;
  }
}

/**
 * What the exported map image shows, under the names policy in force at the moment of export.
 * Places are often named after someone ("Jay's flat"), so their labels, the title and file names
 * are masked like the board's messages: a presenter-safe image carries no full name anywhere.
 */
export function mapExportInput(
  content: Pick<BoardContent, 'board' | 'people' | 'places'>,
  picture: MapPicture,
  view: MapExportView,
): MapExportInput {
  const { board } = content;
  const policy = effectivePolicy(board.namePolicy, view.presenterSafe);
  const mask = (text: string) => maskNames(text, content.people, policy);
  const withoutShape = content.places.filter((p) => p.geometry === null).length;
  return {
    title: mask(board.title),
    marking: board.classification,
    dateText: longDate(view.now),
    namesLine: `Names: ${namesInForce(policy, view.presenterSafe)}`,
    shownLine: shownLine(picture, withoutShape),
    basemapLine: basemapWords(board.basemap, view.basemapLeftOut, mask),
    picture: {
      ...picture,
      places: picture.places.map((p) => ({
        ...p,
        feature: { ...p.feature, label: mask(p.feature.label) },
      })),
    },
    extraLegend: view.extraLegend ?? [],
  };
}
