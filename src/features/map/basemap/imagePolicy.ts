import { imagePolicy } from '../../../domain/tileImagePolicy';

/**
 * Images from off the device are allowed only from the tile server a board's map draws from. The
 * policy in index.html allows any web image (a meta policy cannot be loosened once in place, and
 * which server the user chose is known only once the board is read, after any unlock); the first
 * time a map reads its basemap, a second policy naming only that server goes in, and the browser
 * enforces both. A server chosen later in the same page needs a reload to be allowed.
 */
let allowed: ReadonlySet<string> | null = null;

/**
 * Puts the page's image policy in place if it is not yet (allowing `source`, a tile server's policy
 * source, or no server at all), and says whether `source`'s images may load in this page. Safe to
 * call on every render: the policy goes in once.
 */
export function allowImagesFrom(source: string | null): boolean {
  if (allowed === null) {
    allowed = new Set(source === null ? [] : [source]);
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = imagePolicy([...allowed]);
    document.head.append(meta);
  }
  return source === null || allowed.has(source);
}
