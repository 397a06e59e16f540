import { toSvgText, type Primitive } from './primitives';

/** A part of a picture, drawn moved by (dx, dy) and scaled by `scale` when `place` is given. */
export interface PictureLayer {
  place?: { dx: number; dy: number; scale: number };
  primitives: readonly Primitive[];
}

/**
 * An exported picture as plain data: the same layers become an SVG file (`pictureToSvg`) or are
 * painted on a canvas (`paintPicture`) for a PNG, so the two formats show the same drawing.
 */
export interface Picture {
  width: number;
  height: number;
  fontFamily: string;
  layers: readonly PictureLayer[];
}

/** The picture as a standalone SVG document; every value and text is escaped by `toSvgText`. */
export function pictureToSvg(picture: Picture): string {
  const { width, height, fontFamily } = picture;
  const body = picture.layers.map(({ place, primitives }) =>
    place
      ? // Only numbers go into the transform.
        `<g transform="translate(${place.dx} ${place.dy}) scale(${place.scale})">${toSvgText(primitives)}</g>`
      : toSvgText(primitives),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${fontFamily}">`,
    ...body,
    '</svg>\n',
  ].join('');
}
