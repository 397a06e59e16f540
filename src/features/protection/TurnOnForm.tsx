import { useState, type FormEvent } from 'react';
import { useStatus } from '../../state/statusStore';
import { backUpEveryBoard } from '../boardFile';
import { AutoLockField } from './AutoLockField';
import { tellOtherWindows } from './lockChannel';
import { FORGOTTEN } from './messages';
import { NewPassphraseFields } from './NewPassphraseFields';
import { newPassphraseProblems, noNewPassphrase } from './passphraseRules';
import type { PassSteps } from './ProtectionDialog';
import { useProtection } from './ProtectionPart';
import { protectionCode } from './protectionCode';
import { useAutoLock } from './protectionUiStore';

const failure = (err: unknown) =>
  `Protection was not turned on: ${err instanceof Error ? err.message : String(err)}`;

/** The warning first, then the recovery copy, then the passphrase twice and the idle time. */
export function TurnOnForm({ onPass, onEnd, onClose }: PassSteps) {
  const [entry, setEntry] = useState(noNewPassphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const protect = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (busy || Object.keys(newPassphraseProblems(entry)).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const code = await protectionCode();
      // The other windows reload first: from then on they open only with the passphrase.
      tellOtherWindows('changed');
      await code.turnOn(entry.first, onPass);
      // And again at the end: a window that reloaded midway opens as the device now is.
      tellOtherWindows('changed');
      useProtection.setState({ on: true });
      const minutes = useAutoLock.getState().minutes;
      useStatus.getState().notify({
        tone: 'info',
        text: `This device is protected: the boards are encrypted, and it locks after ${minutes} minutes without use. Lock it now with “Lock” or Ctrl+Alt+L.`,
      });
      onClose();
    } catch (err) {
      onEnd();
      setError(failure(err));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void protect(e)} noValidate className="protection-form">
      <div className="protection-warning">
        <p>
          <strong>{FORGOTTEN}</strong>
        </p>
        <p>
          First save a protected backup of every board (tick “Protect with a passphrase”) and keep
          the file somewhere safe: it is the recovery copy.
        </p>
        <button type="button" onClick={backUpEveryBoard}>
          Save a protected backup…
        </button>
      </div>
      <p>
        Every name, note, association, place and action on this device is then encrypted. Only ids
        and dates stay readable.
      </p>
      <NewPassphraseFields
        entry={entry}
        onChange={setEntry}
        showProblems={tried}
        label="Passphrase"
      />
      <AutoLockField />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Protecting…' : 'Protect this device'}
        </button>
      </div>
    </form>
  );
}
