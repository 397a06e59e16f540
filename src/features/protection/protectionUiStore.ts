import { create } from 'zustand';

/** The idle time before the lock, in minutes: the choices offered, and the one at first. */
export const AUTO_LOCK_CHOICES = [2, 5, 10, 15, 30, 60] as const;
export const AUTO_LOCK_DEFAULT = 10;
/** Sealed like every other setting: it is read once the passphrase has opened the boards. */
export const AUTO_LOCK_SETTING = 'autoLockMinutes';

interface ProtectionUiState {
  /** "Protect this device" (or, when on, "Device protection") is open. */
  dialog: boolean;
  /** The first-run offer is shown on the board list (just after the name was asked). */
  offered: boolean;
  minutes: number;
  set: (patch: Partial<Omit<ProtectionUiState, 'set'>>) => void;
}

export const useProtectionUi = create<ProtectionUiState>()((set) => ({
  dialog: false,
  offered: false,
  minutes: AUTO_LOCK_DEFAULT,
  set: (patch) => set(patch),
}));

export const autoLockMinutes = (stored: unknown): number =>
  AUTO_LOCK_CHOICES.find((m) => m === stored) ?? AUTO_LOCK_DEFAULT;
