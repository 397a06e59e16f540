import { useChangeLog } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import { Dialog } from '../../ui/Dialog';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** Who changed what on this board, and when: kept on this device for audit. */
export function ChangeLogDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const entries = useChangeLog(boardId);
  // The log names people, including people since deleted whose names nothing else can mask.
  const presenterSafe = useUi((s) => s.presenterSafe);
  return (
    <Dialog title="Change log" open onClose={onClose}>
      <p className="muted">
        The latest 200 changes to this board, newest first. Kept on this device only.
      </p>
      <div style={{ maxHeight: '60vh', overflow: 'auto' }}>
        {presenterSafe ? (
          <p role="status">
            The change log is hidden while presenter-safe is on, because it names people. Turn
            presenter-safe off (P) to read it.
          </p>
        ) : entries === undefined ? (
          <p>Loading…</p>
        ) : entries.length === 0 ? (
          <p>No changes yet.</p>
        ) : (
          <table className="change-log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{when(e.at)}</td>
                  <td>{e.who}</td>
                  <td>{e.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
