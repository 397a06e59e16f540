import { useState, type FormEvent } from 'react';
import { useStatus } from '../../state/statusStore';
import { CurrentPassphraseField, failureText, isCurrentPassphrase } from './CurrentPassphraseField';
import { tellOtherWindows } from './lockChannel';
import type { PassSteps } from './ProtectionDialog';
import { useProtection } from './ProtectionPart';
import { protectionCode } from './protectionCode';

/** Every record back in the clear, after the passphrase is given once more. */
export function TurnOffForm({
  onPass,
  onEnd,
  onClose,
  onBack,
}: PassSteps & { onBack: () => void }) {
  const [current, setCurrent] = useState('');
  const [busy, setBusy] = useState(false);
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const turnOff = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setCurrentError(null);
    try {
      if (!(await isCurrentPassphrase(current))) {
        setCurrentError('That is not the current passphrase.');
        setBusy(false);
        return;
      }
      tellOtherWindows('changed');
      const code = await protectionCode();
      await code.turnOff(onPass);
      // And again at the end: a window that reloaded midway opens as the device now is.
      tellOtherWindows('changed');
      useProtection.setState({ on: false });
      useStatus.getState().notify({
        tone: 'info',
        text: 'Protection is off: the boards on this device are no longer encrypted.',
      });
      onClose();
    } catch (err) {
      onEnd();
      setError(failureText('Protection was not turned off', err));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void turnOff(e)} noValidate className="protection-form">
      <p>
        The boards on this device will be stored without encryption: anyone who can use this browser
        on this device can read them, and the device no longer locks.
      </p>
      <CurrentPassphraseField value={current} onChange={setCurrent} error={currentError} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onBack} disabled={busy}>
          Back
        </button>
        <button type="submit" className="danger" disabled={busy} aria-busy={busy}>
          {busy ? 'Turning off…' : 'Turn protection off'}
        </button>
      </div>
    </form>
  );
}
