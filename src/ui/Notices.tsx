import { useEffect } from 'react';
import { useNameMask } from '../state/nameMaskStore';
import { useStatus, type Notice } from '../state/statusStore';

interface NoticesProps {
  onUndo: (scope: string) => void;
}

const LIFETIME_MS = 8000;

function NoticeItem({ notice, onUndo }: { notice: Notice; onUndo: (scope: string) => void }) {
  const dismiss = useStatus((s) => s.dismiss);
  const mask = useNameMask((s) => s.mask);
  useEffect(() => {
    if (notice.tone === 'error') return;
    const t = window.setTimeout(() => dismiss(notice.id), LIFETIME_MS);
    return () => window.clearTimeout(t);
  }, [notice, dismiss]);
  return (
    <li className={`notice notice-${notice.tone}`}>
      <span role={notice.tone === 'error' ? 'alert' : 'status'}>{mask(notice.text)}</span>
      {notice.undoScope && (
        <button
          type="button"
          onClick={() => {
            dismiss(notice.id);
            onUndo(notice.undoScope!);
          }}
        >
          Undo
        </button>
      )}
      <button
        type="button"
        className="notice-close"
        aria-label="Dismiss message"
        onClick={() => dismiss(notice.id)}
      >
        ×
      </button>
    </li>
  );
}

/** Short messages after actions ("Deleted Ali. Undo") and errors that need reading. */
export function Notices({ onUndo }: NoticesProps) {
  const notices = useStatus((s) => s.notices);
  return (
    <ul className="notices" aria-label="Messages">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} onUndo={onUndo} />
      ))}
    </ul>
  );
}
