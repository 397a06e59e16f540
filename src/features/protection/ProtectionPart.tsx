import { create } from 'zustand';
import { db } from '../../db/database';
import { chunk, useChunk } from '../../ui/chunk';
import type { ProtectionPartProps } from './parts';

/**
 * This device's protection as the UI needs it: `on` (told by the protection chunk), the dialog
 * asked for, and the offer made once at first run. The chunk (ProtectionUi) is fetched only for
 * one of these, or for the lock screen: an unprotected device never loads it unasked.
 */
export const useProtection = create(() => ({ on: false, dialog: false, offer: false }));

const ui = chunk(() => import('./ProtectionUi'));

/**
 * Before anything else is read: 'open', or the lock screen's or damage's part. The protection
 * setting (never sealed) is read raw; only where it exists is the protection code loaded, which
 * puts the sealing under the database before any record is read.
 */
export const protectionGate = async () =>
  (await db().settings.get('encryption')) ? (await ui.load()).gate() : 'open';

let channel: BroadcastChannel | null | undefined;
/**
 * Where the windows of this app on this device (tabs, the presenter screen) tell each other that
 * one locked or changed the protection. One per window: a message reaches every other channel
 * object of the name, this window's own included, so a second one would hear its own window.
 */
export const protectionChannel = (): BroadcastChannel | null =>
  channel === undefined
    ? (channel =
        typeof BroadcastChannel === 'function' ? new BroadcastChannel('pp-protection') : null)
    : channel;

/**
 * One part of the protection UI where the app shell or a header places it. The board list's
 * button is drawn here, so it is there before the chunk and stays the same element (focus comes
 * back to it when the dialog closes); the chunk adds the first-run offer beside it.
 */
export function ProtectionPart(props: ProtectionPartProps) {
  const { on, dialog, offer } = useProtection();
  const wanted = on || dialog || offer || props.part === 'locked' || props.part === 'damaged';
  const Ui = useChunk(ui, wanted)?.default;
  return (
    <>
      {props.part === 'settings' && (
        <button
          type="button"
          onClick={() => useProtection.setState({ dialog: true, offer: false })}
        >
          {on ? 'Device protection…' : 'Protect this device…'}
        </button>
      )}
      {Ui && <Ui {...props} />}
    </>
  );
}
