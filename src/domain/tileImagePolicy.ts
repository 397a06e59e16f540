/**
 * The page's Content-Security-Policy lets images come only from the app itself, `data:` and
 * `blob:` URLs, and the tile server the user chose as a basemap (index.html loosens img-src only
 * until the map first reads its basemap; features/map/basemap/imagePolicy.ts then tightens it).
 * These rules turn a tile address into the one source that policy names. Pure.
 */

/** Images the app makes itself: its bundled files, and pictures drawn in the page. */
export const OWN_IMAGE_SOURCES = ["'self'", 'data:', 'blob:'] as const;

/** A host (with an optional leading `*.` and port) that is safe to write into a policy. */
const SAFE_AUTHORITY = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/;

/**
 * The policy source a tile address loads its images from, such as `https://*.tile.example.org`
 * for `https://{s}.tile.example.org/{z}/{x}/{y}.png` ({s} is a sub-domain, a, b or c), or null
 * when it cannot be named in a policy (a placeholder elsewhere in the server's name).
 */
export function tileImageSource(template: string): string | null {
  const m = /^(https?):\/\/([^/?#]*)/i.exec(template.trim());
  if (!m) return null;
  const scheme = m[1]!.toLowerCase();
  const typed = m[2]!;
  const subdomain = typed.startsWith('{s}.');
  const rest = subdomain ? typed.slice(4) : typed;
  if (rest.includes('{') || rest.includes('}') || rest.includes('@')) return null;
  let host: string;
  try {
    // Parsed to write the server as the browser compares it: lower case, international names in
    // their ASCII form, the default port left out.
    host = new URL(`${scheme}://${rest}`).host;
  } catch {
    return null;
  }
  const authority = subdomain ? `*.${host}` : host;
  return SAFE_AUTHORITY.test(authority) ? `${scheme}://${authority}` : null;
}

/** The img-src policy for the app's own images and these tile servers' sources. */
export function imagePolicy(tileSources: readonly string[]): string {
  return `img-src ${[...OWN_IMAGE_SOURCES, ...tileSources].join(' ')}`;
}
