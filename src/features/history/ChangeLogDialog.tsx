import { useChangeLog } from '../../db/queries';
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
  return (
    <Dialog title="Change log" open onClose={onClose}>
      <p className="muted">
        The latest 200 changes to this board, newest first. Kept on this device only.
      </p>
      <div style={{ maxHeight: '60vh', overflow: 'auto' }}>
        {entries === undefined ? (
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
