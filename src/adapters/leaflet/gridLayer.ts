import L from './leafletSetup';

/**
 * The "no basemap" background: faint grid lines drawn on canvas tiles, so the grid pans and
 * zooms with the places (a fixed CSS grid would not). Nothing is fetched.
 */
export function plainGrid(): L.GridLayer {
  const Grid = L.GridLayer.extend({
    createTile(this: L.GridLayer, coords: L.Coords) {
      const tile = document.createElement('canvas');
      const size = this.getTileSize();
      tile.width = size.x;
      tile.height = size.y;
      const ctx = tile.getContext('2d');
      if (!ctx) return tile;
      ctx.fillStyle = '#f4f5f2';
      ctx.fillRect(0, 0, size.x, size.y);
      ctx.strokeStyle = '#d3d7cf';
      ctx.lineWidth = 1;
      const step = size.x / 4;
      ctx.beginPath();
      for (let i = 0; i <= 4; i++) {
        ctx.moveTo(i * step + 0.5, 0);
        ctx.lineTo(i * step + 0.5, size.y);
        ctx.moveTo(0, i * step + 0.5);
        ctx.lineTo(size.x, i * step + 0.5);
      }
      ctx.stroke();
      ctx.strokeStyle = '#b9beb5';
      ctx.strokeRect(0.5, 0.5, size.x, size.y);
      void coords;
      return tile;
    },
  });
  return new (Grid as unknown as new (o: L.GridLayerOptions) => L.GridLayer)({
    pane: 'tilePane',
    className: 'plain-grid',
  });
}
