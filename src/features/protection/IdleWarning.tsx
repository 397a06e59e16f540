import { Dialog } from '../../ui/Dialog';

/** A minute's warning before the idle lock, during a meeting. */
export function IdleWarning({ seconds, onStay }: { seconds: number; onStay: () => void }) {
  return (
    <Dialog title="This device is about to lock" open alert onClose={onStay}>
      <p className="idle-warning-count">Locking in {seconds} s</p>
      <p>
        The boards are then hidden on this screen and the presenter screen, and open again with the
        passphrase. The meeting stays as it is.
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={onStay}>
          Stay unlocked
        </button>
      </div>
    </Dialog>
  );
}
