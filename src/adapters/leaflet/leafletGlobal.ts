import L from 'leaflet';

/**
 * Leaflet plugins (geoman, markercluster, heat) read a global `L`. This module runs before any of
 * them is evaluated (see leafletSetup.ts), so they find it. Kept in the map chunk, never the
 * initial bundle.
 */
(globalThis as unknown as { L: typeof L }).L = L;

export default L;
