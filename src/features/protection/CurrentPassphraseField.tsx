import { FieldShell } from '../../ui/fields';
import { protectionCode } from './protectionCode';

/** The passphrase in use, asked before it is changed or protection is turned off. */
export function CurrentPassphraseField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  return (
    <FieldShell label="Current passphrase" error={error}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="password"
          autoComplete="current-password"
          autoFocus
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** Checks the passphrase in use (it opens the stored keys again: nothing else changes). */
export async function isCurrentPassphrase(passphrase: string): Promise<boolean> {
  if (passphrase === '') return false;
  const { unlockWith } = await protectionCode();
  return unlockWith(passphrase);
}

export const failureText = (what: string, err: unknown) =>
  `${what}: ${err instanceof Error ? err.message : String(err)}`;
