import { create } from 'zustand';
import { chunk, useChunk } from '../../ui/chunk';
import type { ProtectionPartProps } from './parts';

/** Whether this device's boards are protected with a passphrase (told by the protection chunk). */
export const useProtected = create<boolean>(() => false);

const ui = chunk(() => import('./ProtectionUi'));

/** At start-up, before anything else is read: 'open', or the lock screen's or damage's part. */
export const protectionGate = () => ui.load().then((m) => m.gate());

/**
 * One part of the protection UI where the app shell or a header places it: nothing until the
 * chunk has arrived (it is fetched as the app opens, so a header's Lock is there at once).
 */
export function ProtectionPart(props: ProtectionPartProps) {
  const Ui = useChunk(ui)?.default;
  return Ui ? <Ui {...props} /> : null;
}
