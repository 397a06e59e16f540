import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { testApiGate } from './build/testApiGate.ts';
import { offlineApp } from './vite.pwa.ts';

/**
 * What a server of the app sends with every response (README "Security"): the rest of the policy
 * is in index.html, but a meta policy cannot forbid framing, so only a header keeps the app out of
 * another site's frame (clickjacking). X-Frame-Options says the same to older browsers.
 */
const securityHeaders = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// Everything the app needs is bundled: no CDN, no web fonts, no remote requests.
export default defineConfig({
  plugins: [react(), offlineApp(), testApiGate()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // Lets several builds (parallel e2e runs on one machine) keep apart; `dist` otherwise.
    outDir: process.env.PP_OUT_DIR || 'dist',
    rolldownOptions: {
      output: {
        // Everything the entry imports statically is fetched at start anyway: one chunk for it all.
        // Left to itself rolldown cut it into a dozen small chunks shared with lazy ones, each with
        // its own import/export glue and its own gzip dictionary: 7 KiB more on the first download.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
      treeshake: {
        // A feature's index.ts only re-exports its public API. Marked free of side effects, a part
        // of a feature imported through it does not bring the rest along: the network's index would
        // otherwise put Cytoscape in every chunk that uses its view model (the meeting pack's).
        moduleSideEffects: (id) =>
          /[\\/]src[\\/]features[\\/][^\\/]+[\\/]index\.ts$/.test(id) ? false : undefined,
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, headers: securityHeaders },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: securityHeaders },
});
