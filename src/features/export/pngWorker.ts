import { paintPicture } from '../../ui/drawing/paintPicture';
import type { FromPngWorker, ToPngWorker } from './pngProtocol';

/**
 * Paints and encodes pictures as PNG away from the page's thread. Chromium encodes `canvas.toBlob`
 * on the page's own thread, and draws an SVG image there too: for a 2,000-person network at twice
 * its size, drawing and encoding held the page for 2.8 s on a busy machine, drawing alone 1.3 s.
 * An OffscreenCanvas in a worker paints (paintPicture.ts) and encodes on the worker's thread.
 */
const scope = self as unknown as {
  postMessage: (message: FromPngWorker) => void;
  onmessage: ((event: MessageEvent<ToPngWorker>) => void) | null;
};

async function encode(message: ToPngWorker): Promise<void> {
  const { id } = message;
  try {
    const size =
      'bitmap' in message
        ? { width: message.bitmap.width, height: message.bitmap.height }
        : {
            width: Math.round(message.picture.width * message.scale),
            height: Math.round(message.picture.height * message.scale),
          };
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    if ('bitmap' in message) {
      context.drawImage(message.bitmap, 0, 0);
      message.bitmap.close();
    } else {
      paintPicture(context, message.picture, message.scale);
    }
    scope.postMessage({ id, blob: await canvas.convertToBlob({ type: 'image/png' }) });
  } catch (error) {
    // A picture with another website's tiles cannot be read back: the name lets the page tell.
    const name = error instanceof DOMException ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id, error: { name, message } });
  }
}

scope.onmessage = ({ data }) => void encode(data);
