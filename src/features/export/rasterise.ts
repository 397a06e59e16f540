import { encodePng } from './encodePng';

/**
 * Chromium refuses canvases much past 16,384 pixels a side or about 268 million pixels, and an
 * over-large canvas silently comes out blank: stay well inside both.
 */
const MAX_SIDE = 12_000;
const MAX_PIXELS = 100_000_000;

/**
 * Draws an SVG document onto a canvas and returns it as a PNG, at `scale` times its size (2x, so
 * text stays sharp on a projector or in print). The SVG is loaded from a blob: URL, which the
 * page's content security policy allows for images; it references nothing else, so the canvas is
 * not tainted and can be read back.
 */
export async function rasterise(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const w = image.naturalWidth;
    const h = image.naturalHeight;
    if (!w || !h) throw new Error('The image has no size.');
    const s = Math.min(scale, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_PIXELS / (w * h)));
    const width = Math.round(w * s);
    const height = Math.round(h * s);
    return await onePiece(image, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The picture drawn on one canvas. Drawing it in strips, each read back in a task of its own, was
 * tried: Chromium draws the whole SVG for every strip, so a 2,000-person network took three times
 * as long in all.
 */
async function onePiece(image: HTMLImageElement, width: number, height: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return encodePng(canvas);
}
