import type { ProtectionPass } from '../../db/encryption/protectionSetting';

const what: Record<ProtectionPass['kind'], string> = {
  on: 'Encrypting the records on this device',
  off: 'Taking the encryption off the records on this device',
  rotate: 'Encrypting the records again for the new passphrase',
};

/** How far a pass over every record has got: it can be left midway and goes on at next unlock. */
export function PassProgress({ pass }: { pass: ProtectionPass }) {
  const label = what[pass.kind];
  return (
    <div className="protection-progress">
      <p>{label}…</p>
      <progress aria-label={label} max={Math.max(1, pass.total)} value={pass.done} />
      <p className="muted">
        {pass.done.toLocaleString('en-GB')} of {pass.total.toLocaleString('en-GB')} records. If the
        tab is closed, nothing is lost: it goes on from here when the device is next unlocked.
      </p>
    </div>
  );
}
