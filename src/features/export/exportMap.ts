import type { MapHandle } from '../../adapters/leaflet/mapIntents';
import type { SnapshotDotRequest, SnapshotRaster } from '../../adapters/leaflet/snapshot';
import type { BoardContent } from '../../db/queries';
import { effectivePolicy } from '../../domain/naming';
import { useStatus } from '../../state/statusStore';
import { useUi } from '../../state/uiStore';
import { placeFeatures } from '../map';
import { download } from '../../ui/download';
import { encodePng, MAX_PIXELS, MAX_SIDE } from './encodePng';
import { exportFileName, namesNotice } from './exportInput';
import { mapExportInput } from './mapInput';
import type { MapLegendSection } from './mapLegend';
import { mapExportSvg, type MapSvg } from './mapSvg';

/** What the map's other parts add to an export: incidents as dots, and their legend section. */
export interface MapExportExtras {
  dots?: readonly SnapshotDotRequest[];
  legend?: readonly MapLegendSection[];
}

const keep = (s: string) => s;

/** An SVG document as an image the canvas can draw (from a blob: URL, so it taints nothing). */
async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Paints the image: white paper, the basemap's own pixels inside the map's frame (tiles and vector
 * layers where Leaflet drew them), then the SVG with the places, legend, title and marking on top.
 */
async function compose(
  page: MapSvg,
  background: string,
  rasters: readonly SnapshotRaster[],
  scale: number,
): Promise<Blob> {
  const { width, height, frame } = page;
  const s = Math.min(
    scale,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_PIXELS / (width * height)),
  );
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * s);
  canvas.height = Math.round(height * s);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image.');
  ctx.scale(s, s);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.x, frame.y, frame.width, frame.height);
  ctx.clip();
  ctx.fillStyle = background;
  ctx.fillRect(frame.x, frame.y, frame.width, frame.height);
  for (const r of rasters) {
    const source =
      r.source instanceof HTMLImageElement || r.source instanceof HTMLCanvasElement
        ? r.source
        : await svgImage(r.source.svg);
    ctx.globalAlpha = r.opacity;
    ctx.drawImage(source, frame.x + r.x, frame.y + r.y, r.width, r.height);
  }
  ctx.restore();
  ctx.drawImage(await svgImage(page.svg), 0, 0, width, height);
  return encodePng(canvas);
}

const isSecurityError = (e: unknown) => e instanceof DOMException && e.name === 'SecurityError';

/**
 * Exports the map view as the chair sees it now, as a PNG: the selection's highlights, presenter-safe
 * names and the basemap as drawn. Tiles from another website would make the canvas unreadable, so
 * they are left out (and the footer says so); if the browser still refuses, the image is made again
 * without any basemap rather than not at all. Loaded on first use.
 */
export async function exportMap(
  content: BoardContent,
  handle: MapHandle,
  extras: MapExportExtras = {},
): Promise<void> {
  const { presenterSafe, selection } = useUi.getState();
  const space = content.board.basemap.kind === 'image' ? 'image' : 'geo';
  const snapshot = handle.snapshot(placeFeatures(content, selection, space, keep), extras.dots);
  const now = new Date();
  const pageOf = (basemapLeftOut: boolean) => {
    const input = mapExportInput(content, snapshot, {
      presenterSafe,
      now,
      basemapLeftOut,
      extraLegend: extras.legend,
    });
    return { input, page: mapExportSvg(input) };
  };
  let leftOut = snapshot.rasters.some((r) => r.foreign);
  let { input, page } = pageOf(leftOut);
  let blob: Blob;
  try {
    blob = await compose(
      page,
      snapshot.background,
      snapshot.rasters.filter((r) => !r.foreign),
      2,
    );
  } catch (error) {
    if (!isSecurityError(error)) throw error;
    leftOut = true;
    ({ input, page } = pageOf(true));
    blob = await compose(page, snapshot.background, [], 2);
  }
  download(blob, exportFileName(input.title, now, 'png', 'map'));
  const names = namesNotice(
    effectivePolicy(content.board.namePolicy, presenterSafe),
    presenterSafe,
  );
  useStatus.getState().notify({
    tone: 'info',
    text: `Exported the map as a PNG image (${names}).${leftOut ? ' The basemap was left out: its tiles come from another website.' : ''}`,
  });
}
