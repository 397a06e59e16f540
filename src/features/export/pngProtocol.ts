import type { Picture } from '../../ui/drawing/picture';

/**
 * Messages between the page and the PNG worker (pngWorker.ts): a canvas already drawn (as a
 * bitmap) to encode, or a picture to paint at `scale` and encode.
 */
export type ToPngWorker =
  { id: number; bitmap: ImageBitmap } | { id: number; picture: Picture; scale: number };

export type FromPngWorker =
  { id: number; blob: Blob } | { id: number; error: { name: string; message: string } };
