import L from '../leafletSetup';

/**
 * Flat coordinates for an image basemap: one unit per image pixel at zoom 0, with y growing
 * downwards as in the image itself (Leaflet's CRS.Simple grows upwards). So a place on a floor
 * plan is stored at the pixel it marks, `[x, y]` from the top-left corner.
 */
export const imagePixels: L.CRS = L.Util.extend({}, L.CRS.Simple, {
  transformation: L.transformation(1, 0, 1, 0),
});
