import { AutoLockField } from './AutoLockField';
import { FORGOTTEN } from './messages';

/** While protected: the idle time, and the ways to change the passphrase or turn it off. */
export function ProtectedMenu({
  onChoose,
  onClose,
}: {
  onChoose: (mode: 'change' | 'off') => void;
  onClose: () => void;
}) {
  return (
    <div className="protection-form">
      <p>
        The boards on this device are encrypted: they open only with the passphrase. Lock the device
        now with “Lock” or Ctrl+Alt+L.
      </p>
      <p>{FORGOTTEN}</p>
      <AutoLockField />
      <div className="dialog-actions">
        <button type="button" onClick={() => onChoose('change')}>
          Change passphrase…
        </button>
        <button type="button" onClick={() => onChoose('off')}>
          Turn protection off…
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
