import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };

/**
 * Offline and installable (issue 14): the web app manifest and a service worker that precaches the
 * whole built app, so an installed copy opens and works with the network off.
 *
 * - The worker is registered by our own code (src/features/offline), loaded after the page has
 *   loaded, so nothing is added to the first download (`injectRegister: false`).
 * - `registerType: 'prompt'`: a new version waits until the user chooses "Reload to update"; the
 *   page never reloads by itself, least of all in a meeting. `clientsClaim` only matters for the
 *   very first install (no page was controlled yet): the tab that installed it works offline at
 *   once, without a reload.
 * - No runtime caching. Map tiles from the user's tile server are not cached: a cache of tiles is
 *   a plain-text record of the streets a board is about, kept outside the boards' own store (so
 *   not sealed by encryption at rest, nor removed when a board is deleted). Offline maps are the
 *   offline map file, which is stored with the boards.
 */
export function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The icons are in the glob below already: listed twice they would be precached twice.
    includeManifestIcons: false,
    manifest: {
      name: 'Peers & Places',
      short_name: 'Peers & Places',
      description: pkg.description,
      lang: 'en-GB',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // From src/ui/theme.css: --accent (the window's title bar) and --paper.
      theme_color: '#0b5cad',
      background_color: '#ffffff',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Every file of the build: chunks, styles, workers, the page and the icons (the plugin adds
      // the manifest itself).
      globPatterns: ['**/*.{js,mjs,css,html,wasm,png}'],
      // Larger than any chunk today (the board page is ~0.6 MB): a chunk left out would break offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [],
    },
  });
}
