import { useEffect, useState, type ComponentType } from 'react';

type PackPageComponent = ComponentType<{ boardId: string; meetingId: string | null }>;

let loaded: PackPageComponent | null = null;

/** The pack carries the export drawing code, so it is a chunk of its own, loaded when opened. */
function loadPackPage(): Promise<PackPageComponent> {
  return import('./MeetingPackPage').then((m) => {
    loaded = m.default;
    return m.default;
  });
}

export function PackRoute({ boardId, meetingId }: { boardId: string; meetingId: string | null }) {
  const [Page, setPage] = useState<PackPageComponent | null>(() => loaded);
  useEffect(() => {
    if (Page) return;
    let live = true;
    void loadPackPage().then((p) => live && setPage(() => p));
    return () => {
      live = false;
    };
  }, [Page]);
  if (!Page)
    return (
      <p className="muted" style={{ padding: '1rem' }}>
        Opening the meeting pack…
      </p>
    );
  return <Page boardId={boardId} meetingId={meetingId} />;
}
