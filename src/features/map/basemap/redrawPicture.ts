import { IMAGE_MAX_BYTES, imageSizeProblem, sizeInWords } from '../../../domain/basemap';
import { keptSize, pictureTypeFor } from '../../../domain/basemapPicture';

export type Redrawn =
  { ok: true; picture: Blob; width: number; height: number } | { ok: false; message: string };

/** Loads an image off screen, in an <img> never put in the page: an SVG in one runs no script. */
function load(url: string): Promise<HTMLImageElement | null> {
  const img = new Image();
  return new Promise((resolve) => {
    img.onload = () => resolve(img);
    img.onerror = () => resolve(null);
    img.src = url;
  });
}

function encode(canvas: HTMLCanvasElement, type: string): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, 0.92));
}

/**
 * Decodes an image (PNG, JPEG, WebP, GIF, AVIF, BMP or SVG) and redraws it on a canvas as a plain
 * PNG or WebP picture, scaled down when it is larger than the app keeps (see basemapPicture.ts).
 * `width` and `height` are the image's own size in pixels, the flat coordinates places on it use:
 * the map stretches the kept picture over them.
 */
export async function redrawPicture(file: Blob, name: string): Promise<Redrawn> {
  const unreadable = {
    ok: false as const,
    message: `“${name}” could not be read as an image: it may be damaged, or in a format this browser cannot show`,
  };
  const url = URL.createObjectURL(file);
  let bitmap: ImageBitmap | null = null;
  const canvas = document.createElement('canvas');
  try {
    const img = await load(url);
    if (!img) return unreadable;
    const width = img.naturalWidth;
    const height = img.naturalHeight;
    const sizeProblem = imageSizeProblem(name, width, height);
    if (sizeProblem) return { ok: false, message: sizeProblem };
    const kept = keptSize(width, height);
    // An <img> shows a damaged PNG or JPEG as far as it can; createImageBitmap refuses it, which
    // is what is wanted here (and it scales while decoding). An SVG cannot be made a bitmap from
    // its bytes: it is drawn from the <img>, as a picture at the kept size.
    const isSvg = file.type === 'image/svg+xml';
    if (isSvg) await img.decode();
    else
      bitmap = await createImageBitmap(file, {
        resizeWidth: kept.width,
        resizeHeight: kept.height,
        resizeQuality: 'high',
      });
    canvas.width = kept.width;
    canvas.height = kept.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return unreadable;
    ctx.drawImage(bitmap ?? img, 0, 0, kept.width, kept.height);
    const type = pictureTypeFor(file.type);
    let picture = await encode(canvas, type);
    // A photo saved as a PNG can grow past the limit; WebP keeps it near its first size.
    if (picture && picture.size > IMAGE_MAX_BYTES && type === 'image/png')
      picture = await encode(canvas, 'image/webp');
    if (!picture) return unreadable;
    if (picture.size > IMAGE_MAX_BYTES)
      return {
        ok: false,
        message: `“${name}” is ${sizeInWords(picture.size)} once drawn as a picture: too large for a background (the limit is ${sizeInWords(IMAGE_MAX_BYTES)}). Save it smaller and try again.`,
      };
    return { ok: true, picture, width, height };
  } catch {
    return unreadable;
  } finally {
    bitmap?.close();
    // Frees the canvas's pixels now rather than when it is collected.
    canvas.width = 0;
    canvas.height = 0;
    URL.revokeObjectURL(url);
  }
}
