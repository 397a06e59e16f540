import { useState, type FormEvent } from 'react';
import { WRONG_PASSPHRASE } from '../../domain/formats/boardFile/readBoardFile';
import { FieldShell } from '../../ui/fields';

interface Props {
  wrongPassphrase: boolean;
  busy: boolean;
  onUnlock: (passphrase: string) => void;
  onClose: () => void;
}

/** A protected file: its passphrase, asked for (and never kept). */
export function LockedStep({ wrongPassphrase, busy, onUnlock, onClose }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (passphrase && !busy) onUnlock(passphrase);
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>This file is protected with a passphrase.</p>
      <FieldShell
        label="Passphrase"
        error={wrongPassphrase && !busy ? `${WRONG_PASSPHRASE}.` : null}
      >
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            type="password"
            autoComplete="off"
            autoFocus
            value={passphrase}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </FieldShell>
      {busy && (
        <p className="muted" role="status">
          Checking the passphrase…
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy || !passphrase} aria-busy={busy}>
          Open
        </button>
      </div>
    </form>
  );
}
