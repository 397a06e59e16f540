import { useEffect, useState, type ComponentType } from 'react';

type BoardPageComponent = ComponentType<{ boardId: string }>;

let loaded: BoardPageComponent | null = null;
let loading: Promise<BoardPageComponent> | null = null;

/**
 * The board view carries Cytoscape, so it is a separate chunk (from this app's own files, never the
 * network). It is preloaded while the board list is idle. Not React.lazy: a Suspense fallback is held
 * on screen for about 300 ms by React even when the chunk is already there.
 */
export function loadBoardPage(): Promise<BoardPageComponent> {
  loading ??= import('../features/network/BoardPage').then((m) => {
    loaded = m.default;
    return m.default;
  });
  return loading;
}

export function BoardRoute({ boardId }: { boardId: string }) {
  const [Page, setPage] = useState<BoardPageComponent | null>(() => loaded);
  useEffect(() => {
    if (Page) return;
    let live = true;
    void loadBoardPage().then((p) => live && setPage(() => p));
    return () => {
      live = false;
    };
  }, [Page]);
  if (!Page)
    return (
      <p className="muted" style={{ padding: '1rem' }}>
        Opening board…
      </p>
    );
  return <Page boardId={boardId} />;
}
