import { PERSON_LABEL } from './style';

/**
 * Whether Cytoscape draws people's names at this zoom. It compares the font size, scaled by the
 * zoom times the pixel ratio rounded up to a power of two (its texture level), with
 * `min-zoomed-font-size`; an overlay drawn over the canvas must show or hide its name the same way.
 */
export function personLabelShownAt(zoom: number, pixelRatio: number): boolean {
  const scale = 2 ** Math.ceil(Math.log2(zoom * pixelRatio));
  return PERSON_LABEL.size * scale >= PERSON_LABEL.minZoomedSize;
}

/**
 * Cuts a label to `maxWidth` with an ellipsis, character by character as Cytoscape's
 * `text-wrap: ellipsis` does (widths rounded up, as it measures them), so the cut falls in the
 * same place.
 */
export function ellipsize(text: string, width: (s: string) => number, maxWidth: number): string {
  const w = (s: string) => Math.ceil(width(s));
  if (w(text) < maxWidth) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (w(out + text[i] + '…') > maxWidth) return out + '…';
    out += text[i];
  }
  return out;
}

let context: CanvasRenderingContext2D | null | undefined;

/** A person's name as the canvas draws it: cut to the label's width in the label's font. */
export function fitPersonLabel(text: string): string {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text;
  const c = context;
  c.font = `normal ${PERSON_LABEL.weight} ${PERSON_LABEL.size}px ${PERSON_LABEL.family}`;
  return ellipsize(text, (s) => c.measureText(s).width, PERSON_LABEL.maxWidth);
}
