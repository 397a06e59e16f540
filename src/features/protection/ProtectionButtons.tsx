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

/** The offer made once, at first run, just after the name was asked (beside the board list's button). */
export function ProtectionOffer() {
  const { on, offer } = useProtection();
  if (!offer || on) return null;
  return (
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
  );
}
