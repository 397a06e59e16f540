import type { FromPngWorker, ToPngWorker } from './pngProtocol';

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

/**
 * The canvas as a PNG file, encoded in a worker where the browser allows, so the page keeps
 * painting and taking input (see pngWorker.ts). A canvas another website's tiles have made
 * unreadable fails with a `SecurityError`, as `toBlob` would, so callers can make the picture
 * again without them.
 */
export async function encodePng(canvas: HTMLCanvasElement): Promise<Blob> {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined')
    return onThisThread(canvas);
  const bitmap = await createImageBitmap(canvas);
  const id = nextId++;
  const message: ToPngWorker = { id, bitmap };
  return new Promise<Blob>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    pngWorker().postMessage(message, [bitmap]);
  });
}
