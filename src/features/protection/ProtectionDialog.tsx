import { useState } from 'react';
import type { ProtectionPass } from '../../db/encryption/protectionSetting';
import { Dialog } from '../../ui/Dialog';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { PassProgress } from './PassProgress';
import { ProtectedMenu } from './ProtectedMenu';
import { TurnOffForm } from './TurnOffForm';
import { TurnOnForm } from './TurnOnForm';
import { useProtection } from './ProtectionPart';

/** What the forms share: a pass over every record is shown as progress until it ends. */
export interface PassSteps {
  onPass: (pass: ProtectionPass) => void;
  /** The pass ended (`done`) or failed before or during it (null). */
  onEnd: () => void;
  onClose: () => void;
}

type Mode = 'menu' | 'change' | 'off';

/**
 * "Protect this device" while it is not protected; "Device protection" (auto-lock, change the
 * passphrase, turn it off) while it is. A pass under way cannot be closed: it ends by itself.
 */
export function ProtectionDialog({ onClose }: { onClose: () => void }) {
  const on = useProtection((s) => s.on);
  const [mode, setMode] = useState<Mode>('menu');
  const [pass, setPass] = useState<ProtectionPass | null>(null);
  const steps: PassSteps = { onPass: setPass, onEnd: () => setPass(null), onClose };
  const title = !on
    ? 'Protect this device'
    : mode === 'change'
      ? 'Change the passphrase'
      : mode === 'off'
        ? 'Turn protection off'
        : 'Device protection';
  return (
    <Dialog title={title} open onClose={() => !pass && onClose()}>
      {pass && <PassProgress pass={pass} />}
      <div hidden={pass !== null}>
        {!on ? (
          <TurnOnForm {...steps} />
        ) : mode === 'change' ? (
          <ChangePassphraseForm {...steps} onBack={() => setMode('menu')} />
        ) : mode === 'off' ? (
          <TurnOffForm {...steps} onBack={() => setMode('menu')} />
        ) : (
          <ProtectedMenu onChoose={setMode} onClose={onClose} />
        )}
      </div>
    </Dialog>
  );
}
