import { create } from 'zustand';

/** The idle time before the lock, in minutes: the choices offered, and the one at first. */
export const AUTO_LOCK_CHOICES = [2, 5, 10, 15, 30, 60] as const;
export const AUTO_LOCK_DEFAULT = 10;
/** Sealed like every other setting: it is read once the passphrase has opened the boards. */
export const AUTO_LOCK_SETTING = 'autoLockMinutes';

/** The auto-lock time of this device (read from its setting when protected). */
export const useAutoLock = create(() => ({ minutes: AUTO_LOCK_DEFAULT }));

export const autoLockMinutes = (stored: unknown): number =>
  AUTO_LOCK_CHOICES.find((m) => m === stored) ?? AUTO_LOCK_DEFAULT;
