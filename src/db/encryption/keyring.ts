/**
 * The data keys this tab holds, in memory only (never stored, never posted to another tab). Locked
 * means none: a sealed record cannot be read and, while protection is on, nothing can be written.
 * Keys are WebCrypto keys that cannot be exported; locking drops every reference to them.
 */
export interface DataKey {
  id: string;
  key: CryptoKey;
}

interface KeyringState {
  keys: Map<string, CryptoKey>;
  /** The key new writes are sealed with; null writes in the clear (protection off, or turning off). */
  sealWith: DataKey | null;
  /** Protection is on for this device: a write with no key is refused rather than stored in clear. */
  required: boolean;
}

let state: KeyringState = { keys: new Map(), sealWith: null, required: false };
const listeners = new Set<() => void>();

export const keyring = {
  /** What this device's protection setting says, read when the app opens (encryptionSetting.ts). */
  require(required: boolean): void {
    state = { ...state, required };
  },
  /** Keys unlocked from the passphrase; `sealWith` is one of them, or null to write in the clear. */
  unlock(keys: readonly DataKey[], sealWith: string | null, required: boolean): void {
    const map = new Map(keys.map((k) => [k.id, k.key]));
    const key = sealWith === null ? undefined : map.get(sealWith);
    if (sealWith !== null && !key)
      throw new Error('Internal: the sealing key is not among the keys');
    state = { keys: map, sealWith: key && sealWith ? { id: sealWith, key } : null, required };
    listeners.forEach((l) => l());
  },
  lock(): void {
    state = { keys: new Map(), sealWith: null, required: state.required };
    listeners.forEach((l) => l());
  },
  keyFor: (id: string): CryptoKey | undefined => state.keys.get(id),
  sealWith: (): DataKey | null => state.sealWith,
  required: (): boolean => state.required,
  locked: (): boolean => state.required && state.keys.size === 0,
  onChange(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
