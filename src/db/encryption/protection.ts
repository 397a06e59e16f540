import { db } from '../database';
import { installSealing } from './encryptionSwitch';
import { keyring, type DataKey } from './keyring';
import { sealedTable } from './middleware';
import { sealedTables } from './sealedTables';
import {
  newDataKey,
  newPassphraseKey,
  openDataKeys,
  passphraseKeyFor,
  rewrapDataKeys,
} from './passphraseKeys';
import {
  PROTECTION_KEY,
  protectionSchema,
  type Protection,
  type ProtectionPass,
} from './protectionSetting';

// Whoever loads the protection code needs the sealing under the database.
installSealing(sealedTable);

/** Records per transaction in a re-encryption pass: small enough to keep the page responsive. */
const SLICE = 400;

export type ProtectionState =
  | { kind: 'off' }
  /** Protection is on (or a pass is under way) and this tab holds no key. */
  | { kind: 'locked'; pass: ProtectionPass | null }
  | { kind: 'unlocked'; pass: ProtectionPass | null }
  /** The stored setting cannot be read: the data cannot be opened, and is not touched. */
  | { kind: 'damaged' };

async function storedProtection(): Promise<Protection | null | 'damaged'> {
  const row = await db().settings.get(PROTECTION_KEY);
  if (!row) return null;
  const parsed = protectionSchema.safeParse(row.value);
  return parsed.success ? parsed.data : 'damaged';
}

const saveProtection = (value: Protection) => db().settings.put({ key: PROTECTION_KEY, value });

/** Reads this device's setting and tells the keyring whether writes need a key. */
export async function protectionState(): Promise<ProtectionState> {
  const stored = await storedProtection();
  if (stored === 'damaged') {
    keyring.require(true);
    return { kind: 'damaged' };
  }
  if (!stored) {
    keyring.require(false);
    return { kind: 'off' };
  }
  keyring.require(stored.sealWith !== null);
  return keyring.sealWith() || keyring.keyFor(stored.keys[0]!.id)
    ? { kind: 'unlocked', pass: stored.pass }
    : { kind: 'locked', pass: stored.pass };
}

/** Unlocks with the passphrase; false when it is not the one. */
export async function unlockWith(passphrase: string): Promise<boolean> {
  const stored = await storedProtection();
  if (!stored || stored === 'damaged') return false;
  const wrapping = await passphraseKeyFor(stored, passphrase);
  if (!wrapping) return false;
  const keys = await openDataKeys(stored, wrapping.key);
  keyring.unlock(keys, stored.sealWith, stored.sealWith !== null);
  return true;
}

export function lockNow(): void {
  keyring.lock();
}

function firstPass(kind: ProtectionPass['kind']): ProtectionPass {
  const first = Object.keys(sealedTables())[0]!;
  return { kind, table: first, after: null, done: 0, total: 0 };
}

/**
 * Turns protection on: a data key under the passphrase, then every record sealed with it. New
 * writes are sealed from the first moment, so nothing written meanwhile is left in the clear.
 */
export async function turnOn(
  passphrase: string,
  progress?: (p: ProtectionPass) => void,
): Promise<void> {
  if (await storedProtection()) throw new Error('Protection is already on for this device');
  const wrapping = await newPassphraseKey(passphrase);
  const { dataKey, wrapped } = await newDataKey(wrapping.key);
  await saveProtection({
    v: 1,
    salt: wrapping.salt,
    iterations: wrapping.iterations,
    check: wrapping.check,
    keys: [wrapped],
    sealWith: dataKey.id,
    pass: firstPass('on'),
  });
  keyring.unlock([dataKey], dataKey.id, true);
  await runPass(progress);
}

/** Turns protection off (unlocked only): every record back in the clear, then the keys forgotten. */
export async function turnOff(progress?: (p: ProtectionPass) => void): Promise<void> {
  const stored = await storedProtection();
  if (!stored || stored === 'damaged') throw new Error('Protection is not on for this device');
  const keys = heldKeys(stored);
  await saveProtection({ ...stored, sealWith: null, pass: firstPass('off') });
  keyring.unlock(keys, null, false);
  await runPass(progress);
}

/**
 * A new passphrase and a new data key: every record is sealed again with the new key (so a copy
 * of the old passphrase opens nothing written from now on), the old key forgotten at the end.
 */
export async function changePassphrase(
  current: string,
  next: string,
  progress?: (p: ProtectionPass) => void,
): Promise<boolean> {
  const stored = await storedProtection();
  if (!stored || stored === 'damaged') throw new Error('Protection is not on for this device');
  const oldWrapping = await passphraseKeyFor(stored, current);
  if (!oldWrapping) return false;
  const wrapping = await newPassphraseKey(next);
  const kept = await rewrapDataKeys(stored, oldWrapping.key, wrapping.key);
  const { dataKey, wrapped } = await newDataKey(wrapping.key);
  const old = await openDataKeys(stored, oldWrapping.key);
  await saveProtection({
    v: 1,
    salt: wrapping.salt,
    iterations: wrapping.iterations,
    check: wrapping.check,
    keys: [...kept, wrapped],
    sealWith: dataKey.id,
    pass: firstPass('rotate'),
  });
  keyring.unlock([...old, dataKey], dataKey.id, true);
  await runPass(progress);
  return true;
}

function heldKeys(stored: Protection): DataKey[] {
  const keys = stored.keys.flatMap((k) => {
    const key = keyring.keyFor(k.id);
    return key ? [{ id: k.id, key }] : [];
  });
  if (keys.length !== stored.keys.length) throw new Error('Unlock first');
  return keys;
}

/**
 * Not a command: it changes how records are stored, not what they say, so nothing is logged and
 * there is nothing to undo (no board store hears of it either).
 *
 * Carries an unfinished pass on from where it got to (the tab may have been closed midway): each
 * slice is read (opened with whichever key sealed it), written back (sealed with the current key,
 * or clear), and the place reached saved in the same transaction.
 */
export async function runPass(
  progress?: (p: ProtectionPass) => void,
  slice = SLICE,
): Promise<void> {
  const d = db();
  const tables = Object.keys(sealedTables());
  let stored = await storedProtection();
  if (!stored || stored === 'damaged' || !stored.pass) return;
  if (stored.pass.total === 0) {
    const counts = await Promise.all(tables.map((t) => d.table(t).count()));
    // The protection row itself is never rewritten by the pass, so it is not counted either.
    const total = counts.reduce((a, b) => a + b, 0) - 1;
    stored = { ...stored, pass: { ...stored.pass, total } };
    await saveProtection(stored);
  }
  let pass: ProtectionPass = stored.pass!;
  progress?.(pass);
  for (let t = tables.indexOf(pass.table); t >= 0 && t < tables.length;) {
    const table = d.table(tables[t]!);
    const next = await d.transaction('rw', [table, d.settings], async () => {
      const rows = (await (
        pass.after === null ? table.orderBy(':id') : table.where(':id').above(pass.after)
      )
        .limit(slice)
        .toArray()) as Record<string, unknown>[];
      const own = rows.filter((r) => !(table.name === 'settings' && r.key === PROTECTION_KEY));
      if (own.length > 0) await table.bulkPut(own);
      const last = rows.at(-1);
      const primary = table.schema.primKey.keyPath as string;
      const moved: ProtectionPass =
        rows.length < slice
          ? {
              ...pass,
              table: tables[t + 1] ?? pass.table,
              after: null,
              done: pass.done + own.length,
            }
          : { ...pass, after: String(last![primary]), done: pass.done + own.length };
      const now = (await storedProtection()) as Protection;
      await saveProtection({ ...now, pass: moved });
      return { moved, finishedTable: rows.length < slice };
    });
    pass = next.moved;
    progress?.(pass);
    if (next.finishedTable) t += 1;
  }
  await finishPass();
}

async function finishPass(): Promise<void> {
  const stored = await storedProtection();
  if (!stored || stored === 'damaged' || !stored.pass) return;
  if (stored.pass.kind === 'off') {
    await db().settings.delete(PROTECTION_KEY);
    keyring.lock();
    keyring.require(false);
    return;
  }
  const current = stored.keys.filter((k) => k.id === stored.sealWith);
  await saveProtection({ ...stored, keys: current, pass: null });
  const key = stored.sealWith ? keyring.keyFor(stored.sealWith) : undefined;
  if (key && stored.sealWith) keyring.unlock([{ id: stored.sealWith, key }], stored.sealWith, true);
}
