import { useState, type FormEvent } from 'react';
import { useStatus } from '../../state/statusStore';
import { CurrentPassphraseField, failureText, isCurrentPassphrase } from './CurrentPassphraseField';
import { tellOtherWindows } from './lockChannel';
import { FORGOTTEN } from './messages';
import { NewPassphraseFields } from './NewPassphraseFields';
import { newPassphraseProblems, noNewPassphrase } from './passphraseRules';
import type { PassSteps } from './ProtectionDialog';
import { protectionCode } from './protectionCode';

/**
 * A new passphrase, and a new key for every record (a copy of the old passphrase then opens
 * nothing written from now on, and after the pass nothing at all).
 */
export function ChangePassphraseForm({
  onPass,
  onEnd,
  onClose,
  onBack,
}: PassSteps & { onBack: () => void }) {
  const [current, setCurrent] = useState('');
  const [entry, setEntry] = useState(noNewPassphrase);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const change = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (busy || Object.keys(newPassphraseProblems(entry)).length > 0) return;
    setBusy(true);
    setError(null);
    setCurrentError(null);
    try {
      if (!(await isCurrentPassphrase(current))) {
        setCurrentError('That is not the current passphrase.');
        setBusy(false);
        return;
      }
      // Other windows reload before any record moves to the new key: none writes with the old.
      tellOtherWindows('changed');
      const code = await protectionCode();
      await code.changePassphrase(current, entry.first, onPass);
      // And again at the end: a window that reloaded midway opens as the device now is.
      tellOtherWindows('changed');
      useStatus.getState().notify({
        tone: 'info',
        text: 'The passphrase is changed: the old one no longer opens the boards on this device.',
      });
      onClose();
    } catch (err) {
      onEnd();
      setError(failureText('The passphrase was not changed', err));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void change(e)} noValidate className="protection-form">
      <p>{FORGOTTEN}</p>
      <CurrentPassphraseField value={current} onChange={setCurrent} error={currentError} />
      <NewPassphraseFields
        entry={entry}
        onChange={setEntry}
        showProblems={tried}
        label="New passphrase"
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onBack} disabled={busy}>
          Back
        </button>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </div>
    </form>
  );
}
