/** Messages between the page and the PNG worker (pngWorker.ts). */
export interface ToPngWorker {
  id: number;
  bitmap: ImageBitmap;
}

export type FromPngWorker =
  { id: number; blob: Blob } | { id: number; error: { name: string; message: string } };
