/** The parts of the protection UI the app shell and the headers place (see ProtectionUi). */
export type ProtectionPartProps =
  /**
   * Instead of the app: the lock screen (nothing of the boards is read until the passphrase opens
   * them; then `onOpen`), or, 'damaged', why nothing can be opened (and nothing is changed).
   */
  | { part: 'locked' | 'damaged'; onOpen: () => void }
  /**
   * In every open window: hears other tabs lock or change the protection; in the chair's window
   * also the idle lock, the lock key, and (`offer`) the offer to protect the device at first run.
   */
  | { part: 'host'; presenting: boolean; offer: boolean }
  /** The header's Lock button, while protection is on. */
  | { part: 'lock' }
  /** The board list's "Protect this device…" or "Device protection…". */
  | { part: 'settings' };
