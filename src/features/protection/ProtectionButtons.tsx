import { lockThisDevice } from './lockChannel';
import { useProtection } from './ProtectionPart';

const openDialog = () => useProtection.setState({ dialog: true, offer: false });

/** The header's Lock, while this device is protected. */
export function LockButton() {
  const on = useProtection((s) => s.on);
  if (!on) return null;
  return (
    <button
      type="button"
      onClick={() => void lockThisDevice()}
      aria-keyshortcuts="Control+Alt+L"
      title="Lock now (Ctrl+Alt+L): the boards are hidden until the passphrase is typed"
    >
      Lock
    </button>
  );
}

/** The board list's way in to the protection, and the offer made once, at first run. */
export function ProtectionSettings() {
  const { on, offer } = useProtection();
  return (
    <>
      <button type="button" onClick={openDialog}>
        {on ? 'Device protection…' : 'Protect this device…'}
      </button>
      {offer && !on && (
        <section className="protection-offer" aria-labelledby="protection-offer-title">
          <h2 id="protection-offer-title">Protect the boards on this device?</h2>
          <p>
            With a passphrase, everything the boards say is encrypted on this device, and it locks
            itself when left. You can do it later from “Protect this device…”.
          </p>
          <div className="protection-offer-actions">
            <button type="button" className="primary" onClick={openDialog}>
              Protect now…
            </button>
            <button type="button" onClick={() => useProtection.setState({ offer: false })}>
              Not now
            </button>
          </div>
        </section>
      )}
    </>
  );
}
