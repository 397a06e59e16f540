import { useUi, type Route } from '../state/uiStore';

/**
 * Hash routes: `#/` is the board list, `#/board/<id>` an open board, `#/board/<id>/pack` its
 * meeting pack for the latest meeting and `#/board/<id>/pack/<meetingId>` for a chosen one;
 * `#/present/<id>` is the presenter window opened from a board; `#/profile?boards=<id>,<id>`
 * the problem profile of those boards (`&named=1` the named internal version, `&from=board`
 * opened from the board).
 */
export function parseHash(hash: string): Route {
  if (hash.startsWith('#/profile?')) return { name: 'profile', query: hash.slice(10) };
  const present = /^#\/present\/([^/?#]+)\/?$/.exec(hash);
  if (present?.[1]) return { name: 'present', boardId: decodeURIComponent(present[1]) };
  const pack = /^#\/board\/([^/?#]+)\/pack(?:\/([^/?#]+))?\/?$/.exec(hash);
  if (pack?.[1])
    return {
      name: 'pack',
      boardId: decodeURIComponent(pack[1]),
      meetingId: pack[2] ? decodeURIComponent(pack[2]) : null,
    };
  const m = /^#\/board\/([^/?#]+)/.exec(hash);
  return m?.[1] ? { name: 'board', boardId: decodeURIComponent(m[1]) } : { name: 'boards' };
}

export function hashOf(route: Route): string {
  if (route.name === 'boards') return '#/';
  if (route.name === 'present') return `#/present/${encodeURIComponent(route.boardId)}`;
  if (route.name === 'profile') return `#/profile?${route.query}`;
  const board = `#/board/${encodeURIComponent(route.boardId)}`;
  if (route.name === 'board') return board;
  return `${board}/pack${route.meetingId ? `/${encodeURIComponent(route.meetingId)}` : ''}`;
}

/** Keeps the Zustand route and the address bar in step (back / forward work). */
export function startRouter(): () => void {
  const fromHash = () => {
    const route = parseHash(window.location.hash);
    const current = useUi.getState().route;
    if (hashOf(current) !== hashOf(route)) useUi.getState().navigate(route);
  };
  fromHash();
  window.addEventListener('hashchange', fromHash);
  const unsubscribe = useUi.subscribe((s, prev) => {
    if (s.route !== prev.route && window.location.hash !== hashOf(s.route))
      window.location.hash = hashOf(s.route);
  });
  return () => {
    window.removeEventListener('hashchange', fromHash);
    unsubscribe();
  };
}
