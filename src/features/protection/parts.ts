/** The parts of the protection UI the app shell and the headers place (see ProtectionUi). */
export type ProtectionPartProps =
  /**
   * Instead of the app: the lock screen (nothing of the boards is read until the passphrase opens
   * them; then `onOpen`), or, 'damaged', why nothing can be opened (and nothing is changed).
   */
  | { part: 'locked' | 'damaged'; onOpen: () => void }
  /** In every window once the boards are open: in the chair's, the idle lock, the key, the dialog. */
  | { part: 'host'; presenting: boolean }
  /** The header's Lock button, while protection is on. */
  | { part: 'lock' }
  /** The board list's "Protect this device…" or "Device protection…", and the first-run offer. */
  | { part: 'settings' };
