import { DamagedScreen } from './DamagedScreen';
import { LockScreen } from './LockScreen';
import type { ProtectionPartProps } from './parts';
import { LockButton, ProtectionOffer } from './ProtectionButtons';
import { ProtectionHost } from './ProtectionHost';
import './protection.css';

export { gate } from './gate';

/** The protection UI's chunk: each part where the app shell or a header places it. */
export default function ProtectionUi(props: ProtectionPartProps) {
  switch (props.part) {
    case 'locked':
      return <LockScreen onOpen={props.onOpen} />;
    case 'damaged':
      return <DamagedScreen />;
    case 'host':
      return <ProtectionHost presenting={props.presenting} />;
    case 'lock':
      return <LockButton />;
    case 'settings':
      return <ProtectionOffer />;
  }
}
