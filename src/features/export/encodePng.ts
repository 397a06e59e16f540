import { paintPicture } from '../../ui/drawing/paintPicture';
import type { Picture } from '../../ui/drawing/picture';
import type { FromPngWorker, ToPngWorker } from './pngProtocol';

/**
 * Chromium refuses canvases much past 16,384 pixels a side or about 268 million pixels, and an
 * over-large canvas silently comes out blank: stay well inside both.
 */
export const MAX_SIDE = 12_000;
export const MAX_PIXELS = 100_000_000;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (b: Blob) => void; reject: (e: Error) => void }>();

function pngWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./pngWorker.ts', import.meta.url), { type: 'module' });
  w.onmessage = ({ data }: MessageEvent<FromPngWorker>) => {
    const wait = waiting.get(data.id);
    if (!wait) return;
    waiting.delete(data.id);
    if ('blob' in data) wait.resolve(data.blob);
    else wait.reject(new DOMException(data.error.message, data.error.name));
  };
  w.onerror = (e) => {
    e.preventDefault();
    for (const wait of waiting.values())
      wait.reject(new Error(e.message || 'The image worker stopped'));
    waiting.clear();
    worker = null;
  };
  worker = w;
  return w;
}

/** The page's own encoder: for a browser without OffscreenCanvas in workers. */
const onThisThread = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) => {
    try {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
        'image/png',
      );
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });

const inWorker = () =>
  typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap !== 'undefined';

function ask(message: ToPngWorker, transfer: Transferable[] = []): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    waiting.set(message.id, { resolve, reject });
    pngWorker().postMessage(message, transfer);
  });
}

/**
 * The canvas as a PNG file, encoded in a worker where the browser allows, so the page keeps
 * painting and taking input (see pngWorker.ts). A canvas another website's tiles have made
 * unreadable fails with a `SecurityError`, as `toBlob` would, so callers can make the picture
 * again without them.
 */
export async function encodePng(canvas: HTMLCanvasElement): Promise<Blob> {
  if (!inWorker()) return onThisThread(canvas);
  const bitmap = await createImageBitmap(canvas);
  return ask({ id: nextId++, bitmap }, [bitmap]);
}

/**
 * A picture painted at `scale` times its size (2x, so text stays sharp on a projector or in print;
 * less where the canvas would be too big to make) as a PNG file, painted and encoded in a worker
 * where the browser allows.
 */
export function picturePng(picture: Picture, scale = 2): Promise<Blob> {
  const { width: w, height: h } = picture;
  if (!w || !h) return Promise.reject(new Error('The image has no size.'));
  const s = Math.min(scale, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_PIXELS / (w * h)));
  if (inWorker()) return ask({ id: nextId++, picture, scale: s });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(w * s);
  canvas.height = Math.round(h * s);
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('This browser cannot draw the image.'));
  paintPicture(context, picture, s);
  return onThisThread(canvas);
}
