import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ProtectionPass } from '../../db/encryption/protectionSetting';
import { FieldShell } from '../../ui/fields';
import { clearFailures, readFailures, recordFailure, secondsToWait } from './failedTries';
import { protectionOpened } from './gate';
import { FORGOTTEN } from './messages';
import { PassProgress } from './PassProgress';
import { protectionCode } from './protectionCode';

/**
 * Shown instead of the app while this device's boards are locked, in every window (the presenter
 * screen too): no name or board title, as nothing of the boards has been read. After the right
 * passphrase, an unfinished pass over the records (a tab closed midway) is carried to its end.
 */
export function LockScreen({ onOpen }: { onOpen: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [failures, setFailures] = useState(() => readFailures());
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pass, setPass] = useState<ProtectionPass | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const wait = secondsToWait(failures, now);

  // The tab's title says nothing of the boards either; the app's own comes back once open.
  useEffect(() => {
    const title = document.title;
    document.title = 'Locked · Peers & Places';
    return () => {
      document.title = title;
    };
  }, []);
  // The countdown: redrawn each second until the next try may be made.
  useEffect(() => {
    if (wait <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [wait]);

  const unlock = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || wait > 0) return;
    if (passphrase === '') {
      setError('Type the passphrase.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const code = await protectionCode();
      if (!(await code.unlockWith(passphrase))) {
        const at = Date.now();
        setFailures(recordFailure(at));
        setNow(at);
        setPassphrase('');
        setError('That is not the passphrase.');
        setBusy(false);
        input.current?.focus();
        return;
      }
      clearFailures();
      setPassphrase('');
      await code.runPass(setPass);
      await protectionOpened();
      onOpen();
    } catch (err) {
      setError(
        `The boards could not be opened: ${err instanceof Error ? err.message : String(err)}`,
      );
      setBusy(false);
    }
  };

  return (
    <main className="lock-screen" aria-labelledby="lock-screen-title">
      <h1 id="lock-screen-title">Peers &amp; Places is locked</h1>
      {pass ? (
        <PassProgress pass={pass} />
      ) : (
        <form onSubmit={(e) => void unlock(e)} noValidate>
          <p>The boards on this device are protected. Type the passphrase to open them.</p>
          <FieldShell label="Passphrase" error={error}>
            {({ inputId, describedBy, invalid }) => (
              <input
                id={inputId}
                ref={input}
                type="password"
                autoComplete="current-password"
                autoFocus
                value={passphrase}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            )}
          </FieldShell>
          <p role="status" className="lock-screen-wait">
            {wait > 0 ? `Wait ${wait} s before the next try.` : ''}
          </p>
          <button type="submit" className="primary" disabled={busy || wait > 0} aria-busy={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          <p className="lock-screen-forgotten">{FORGOTTEN}</p>
        </form>
      )}
    </main>
  );
}
