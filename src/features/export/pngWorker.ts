import type { FromPngWorker, ToPngWorker } from './pngProtocol';

/**
 * Encodes a picture as PNG away from the page's thread. Chromium encodes `canvas.toBlob` on the
 * page's own thread: for a 2,000-person network at twice its size, drawing and encoding held the
 * page for 2.8 s on a busy machine, drawing alone 1.3 s; an OffscreenCanvas in a worker encodes
 * on the worker's thread.
 */
const scope = self as unknown as {
  postMessage: (message: FromPngWorker) => void;
  onmessage: ((event: MessageEvent<ToPngWorker>) => void) | null;
};

async function encode({ id, bitmap }: ToPngWorker): Promise<void> {
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    scope.postMessage({ id, blob: await canvas.convertToBlob({ type: 'image/png' }) });
  } catch (error) {
    // A picture with another website's tiles cannot be read back: the name lets the page tell.
    const name = error instanceof DOMException ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id, error: { name, message } });
  }
}

scope.onmessage = ({ data }) => void encode(data);
