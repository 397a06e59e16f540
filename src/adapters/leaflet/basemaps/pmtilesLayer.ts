import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { leafletLayer, type LeafletLayerOptions } from 'protomaps-leaflet';
import L from '../leafletSetup';
import { addCredit } from './credit';
import { BASEMAP_PANE, ensureBasemapPanes } from './panes';

/** Reads an archive straight from the stored Blob: only the byte ranges a tile needs. */
class BlobSource implements Source {
  constructor(
    private readonly blob: Blob,
    private readonly key: string,
  ) {}
  getKey(): string {
    return this.key;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: await this.blob.slice(offset, offset + length).arrayBuffer() };
  }
}

const mimeOf: Partial<Record<TileType, string>> = {
  [TileType.Png]: 'image/png',
  [TileType.Jpeg]: 'image/jpeg',
  [TileType.Webp]: 'image/webp',
  [TileType.Avif]: 'image/avif',
};

/** Picture tiles from the archive, each shown from an object URL that is revoked once drawn. */
function rasterLayer(archive: PMTiles, mime: string, options: L.GridLayerOptions): L.GridLayer {
  const Raster = L.GridLayer.extend({
    createTile(coords: L.Coords, done: L.DoneCallback) {
      const tile = document.createElement('div');
      archive.getZxy(coords.z, coords.x, coords.y).then(
        (found) => {
          if (!found) return done(undefined, tile);
          const url = URL.createObjectURL(new Blob([found.data], { type: mime }));
          const img = document.createElement('img');
          img.alt = '';
          img.onload = () => {
            URL.revokeObjectURL(url);
            done(undefined, tile);
          };
          img.onerror = () => {
            URL.revokeObjectURL(url);
            done(new Error('A map tile could not be drawn'), tile);
          };
          img.src = url;
          tile.appendChild(img);
        },
        (e: unknown) => done(e instanceof Error ? e : new Error(String(e)), tile),
      );
      return tile;
    },
  });
  return new (Raster as unknown as new (o: L.GridLayerOptions) => L.GridLayer)(options);
}

/** Markup out of a file's metadata, reduced to its text (it is shown as text, never as HTML). */
const plainText = (s: unknown) =>
  typeof s === 'string'
    ? s
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300)
    : '';

/**
 * An offline PMTiles map read from this browser's storage. Picture tiles are drawn by a plain
 * grid layer; vector tiles by protomaps-leaflet, which paints on canvas with system fonts and
 * fetches nothing. When the current view is nowhere near the map, the view moves to it.
 */
export function addPmtiles(
  map: L.Map,
  data: Blob,
  key: string,
  onProblem: (message: string) => void,
): () => void {
  ensureBasemapPanes(map);
  let removed = false;
  let cleanup = () => {};
  const archive = new PMTiles(new BlobSource(data, key));
  void Promise.all([archive.getHeader(), archive.getMetadata().catch(() => ({}))])
    .then(([header, metadata]) => {
      if (removed) return;
      const bounds = L.latLngBounds(
        L.latLng(header.minLat, header.minLon),
        L.latLng(header.maxLat, header.maxLon),
      );
      const common: L.GridLayerOptions = {
        pane: BASEMAP_PANE,
        bounds,
        minNativeZoom: header.minZoom,
        maxNativeZoom: header.maxZoom,
        // Far below the archive's own zoom levels a single view would need thousands of tiles.
        minZoom: Math.max(0, header.minZoom - 4),
        className: 'basemap-pmtiles',
      };
      const mime = mimeOf[header.tileType];
      let layer: L.Layer;
      if (mime) layer = rasterLayer(archive, mime, common);
      else if (header.tileType === TileType.Mvt)
        layer = leafletLayer({
          ...common,
          // protomaps-leaflet types its own (older) copy of pmtiles; it only calls getZxy.
          url: archive as unknown as LeafletLayerOptions['url'],
          flavor: 'light',
          lang: 'en',
          maxDataZoom: header.maxZoom,
          // protomaps-leaflet's default credit is HTML naming its own sources; ours is text.
          attribution: '',
        }) as unknown as L.Layer;
      else {
        onProblem('This offline map holds a kind of tile this app cannot draw.');
        return;
      }
      layer.addTo(map);
      const credit = plainText((metadata as { attribution?: unknown }).attribution);
      const removeCredit = credit ? addCredit(map, credit) : () => {};
      if (!map.getBounds().intersects(bounds)) map.fitBounds(bounds);
      cleanup = () => {
        removeCredit();
        layer.remove();
      };
    })
    .catch((e: unknown) => {
      if (!removed)
        onProblem(
          `The offline map could not be read (${e instanceof Error ? e.message : String(e)}). Choose the file again from Basemap.`,
        );
    });
  return () => {
    removed = true;
    cleanup();
  };
}
