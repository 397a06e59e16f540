/**
 * A background image is kept as a plain picture: decoded and redrawn, whatever it came as, so an
 * SVG (a document that can hold scripts) is never stored, and never given an address in the app's
 * origin that a browser could open as a page. These are the rules for the picture kept. Pure.
 */

/**
 * Longest side of the picture kept. Larger images are drawn smaller: 8,192 pixels is sharper than
 * any projector or print needs, and a canvas this size is safe in every browser's memory.
 */
export const PICTURE_MAX_SIDE = 8_192;

/** Types a stored picture may have: the map hands only these to the browser as they are. */
export const PICTURE_TYPES = /^image\/(png|jpeg|webp|gif|avif|bmp)$/;

/** Whether a stored file can be shown as it is (a plain picture), or must be redrawn first. */
export const isPlainPicture = (type: string): boolean => PICTURE_TYPES.test(type);

/**
 * Photos (JPEG, WebP, AVIF) are kept as WebP, which stays close to their size; plans and drawings
 * (PNG, GIF, BMP, SVG) as PNG, which keeps their lines sharp.
 */
export const pictureTypeFor = (type: string): 'image/png' | 'image/webp' =>
  /^image\/(jpeg|webp|avif)$/.test(type) ? 'image/webp' : 'image/png';

/** The size a picture is kept at: as it is, or scaled to PICTURE_MAX_SIDE on its longer side. */
export function keptSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, PICTURE_MAX_SIDE / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

const px = (n: number) => n.toLocaleString('en-GB');

/** Says that a large image was kept smaller, or null when it was kept at its own size. */
export function keptSmallerNote(fileName: string, width: number, height: number): string | null {
  const kept = keptSize(width, height);
  if (kept.width === width && kept.height === height) return null;
  return `“${fileName}” is ${px(width)} × ${px(height)} pixels: it is kept at ${px(kept.width)} × ${px(kept.height)}, enough for any screen or print, so the map stays quick. Places on it keep the image’s own pixel positions.`;
}
