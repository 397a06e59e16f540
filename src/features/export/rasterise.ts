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
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * s);
    canvas.height = Math.round(h * s);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
