import { useUi, type Route } from '../state/uiStore';

/** Hash routes: `#/` is the board list, `#/board/<id>` an open board. */
export function parseHash(hash: string): Route {
  const m = /^#\/board\/([^/?#]+)/.exec(hash);
  return m?.[1] ? { name: 'board', boardId: decodeURIComponent(m[1]) } : { name: 'boards' };
}

export function hashOf(route: Route): string {
  return route.name === 'board' ? `#/board/${encodeURIComponent(route.boardId)}` : '#/';
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

export function openBoard(boardId: string): void {
  useUi.getState().navigate({ name: 'board', boardId });
}

export function openBoardList(): void {
  useUi.getState().navigate({ name: 'boards' });
}
