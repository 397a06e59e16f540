import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { updatePerson } from '../../src/commands/people/updatePerson';
import type { PeersDb } from '../../src/db/database';
import { keyring } from '../../src/db/encryption/keyring';
import {
  changePassphrase,
  lockNow,
  protectionState,
  runPass,
  turnOff,
  turnOn,
  unlockWith,
} from '../../src/db/encryption/protection';
import { SEALED_FIELD } from '../../src/db/encryption/sealedRecord';
import { boardWithPeople, getPerson, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

/**
 * Encryption at rest, below every query: what the raw database holds (read with IndexedDB itself,
 * not through the app), what the app reads, and what locking, unlocking, turning off and changing
 * the passphrase do, including a pass interrupted midway.
 */

let d: PeersDb;
const PASS = 'correct horse battery staple';

/** Every record of every store, as IndexedDB holds it (no Dexie, no middleware). */
async function rawDump(name: string): Promise<Record<string, unknown[]>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB refused'));
  });
  const out: Record<string, unknown[]> = {};
  for (const store of [...idb.objectStoreNames]) {
    out[store] = await new Promise<unknown[]>((resolve, reject) => {
      const req = idb.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB refused'));
    });
  }
  idb.close();
  return out;
}

/** The raw database as text, with the bytes of every ciphertext spelled out. */
async function rawText(name: string): Promise<string> {
  return JSON.stringify(await rawDump(name), (_k, v: unknown) =>
    v instanceof ArrayBuffer || ArrayBuffer.isView(v)
      ? Array.from(new Uint8Array(v instanceof ArrayBuffer ? v : v.buffer)).join(',')
      : v,
  );
}

beforeEach(async () => {
  // Starts from protection off, even in a PP_SEALED=1 run (which seals everything from the start).
  keyring.lock();
  keyring.require(false);
  d = await freshDb();
  await boardWithPeople('b1', ['Kyle Brennan', 'Amira Hussain', 'Dylan Evans']);
  await mustRun(
    updatePerson(await getPerson(d, 'p1'), { notes: 'Seen with older men at the car wash' }),
  );
  await mustRun(
    linkPeople(
      'b1',
      'a1',
      { id: 'p1', name: 'Kyle Brennan' },
      { id: 'p2', name: 'Amira Hussain' },
      'exploitation',
    ),
  );
});

afterEach(() => {
  keyring.lock();
  keyring.require(false);
});

describe('encryption at rest', () => {
  it('leaves no name, note or kind of association readable in the database', async () => {
    const before = await rawText(d.name);
    expect(before).toContain('Kyle Brennan');
    expect(before).toContain('exploitation');

    const reports: { done: number; total: number }[] = [];
    await turnOn(PASS, (p) => reports.push({ done: p.done, total: p.total }));
    // The progress shown ends at every record of the device, the pass's own setting not counted.
    expect(reports.at(-1)!.done).toBe(reports.at(-1)!.total);
    expect(reports.at(-1)!.total).toBeGreaterThan(3);

    const raw = await rawText(d.name);
    for (const secret of ['Kyle Brennan', 'Amira', 'car wash', 'exploitation', 'Town centre'])
      expect(raw).not.toContain(secret);
    // Only ids, board ids and dates are left in the clear beside the sealed payload.
    const person = (await rawDump(d.name)).people!.find((p) => (p as { id: string }).id === 'p1');
    expect(Object.keys(person as object).sort()).toEqual(['boardId', 'id', SEALED_FIELD].sort());
    // The app reads the same board as before.
    expect((await getPerson(d, 'p1')).notes).toBe('Seen with older men at the car wash');
    expect((await d.associations.get('a1'))?.kind).toBe('exploitation');
    expect(await protectionState()).toEqual({ kind: 'unlocked', pass: null });
  });

  it('seals what is written from then on, and reads nothing once locked', async () => {
    await turnOn(PASS);
    await mustRun(updatePerson(await getPerson(d, 'p2'), { notes: 'Lives near Tannery Court' }));
    expect(await rawText(d.name)).not.toContain('Tannery Court');

    lockNow();
    expect(await protectionState()).toEqual({ kind: 'locked', pass: null });
    await expect(d.people.get('p2')).rejects.toMatchObject({ reason: 'locked' });
    await expect(d.people.put(await getPersonAsWritten('p3'))).rejects.toMatchObject({
      reason: 'locked',
    });

    expect(await unlockWith('not the passphrase')).toBe(false);
    await expect(d.people.get('p2')).rejects.toMatchObject({ reason: 'locked' });
    expect(await unlockWith(PASS)).toBe(true);
    expect((await getPerson(d, 'p2')).notes).toBe('Lives near Tannery Court');
  });

  it('calls a record whose sealed contents were moved or changed damaged', async () => {
    await turnOn(PASS);
    const people = (await rawDump(d.name)).people as Record<string, unknown>[];
    const [p1, p2] = ['p1', 'p2'].map((id) => people.find((p) => p.id === id)!);
    // p2's ciphertext copied onto p1: it was sealed for p2, so it does not open as p1.
    await rawPut(d.name, 'people', { ...p1, [SEALED_FIELD]: p2![SEALED_FIELD] });
    await expect(d.people.get('p1')).rejects.toMatchObject({ reason: 'damaged' });
  });

  it('turns off: everything back in the clear, and no passphrase asked again', async () => {
    await turnOn(PASS);
    await turnOff();
    expect(await rawText(d.name)).toContain('Kyle Brennan');
    expect(await protectionState()).toEqual({ kind: 'off' });
    expect((await getPerson(d, 'p1')).displayName).toBe('Kyle Brennan');
  });

  it('a new passphrase seals everything under a new key; the old one opens nothing', async () => {
    await turnOn(PASS);
    const oldKey = sealedKeyOf((await rawDump(d.name)).people![0]);
    expect(await changePassphrase('wrong', 'a new passphrase')).toBe(false);
    expect(await changePassphrase(PASS, 'a new passphrase')).toBe(true);
    const people = (await rawDump(d.name)).people!;
    expect(people.every((p) => sealedKeyOf(p) !== oldKey)).toBe(true);
    lockNow();
    expect(await unlockWith(PASS)).toBe(false);
    expect(await unlockWith('a new passphrase')).toBe(true);
    expect((await getPerson(d, 'p1')).displayName).toBe('Kyle Brennan');
  });

  it('a pass stopped midway (the tab closed) goes on from where it got to, losing nothing', async () => {
    const stop = new Error('tab closed');
    await expect(
      turnOn(PASS, () => {
        throw stop;
      }),
    ).rejects.toBe(stop);
    await expect(
      runPass((p) => {
        if (p.done >= 3) throw stop;
      }, 2),
    ).rejects.toBe(stop);
    // Part done: some records sealed, some still clear, and all of them read as they were.
    const records = Object.entries(await rawDump(d.name))
      .filter(([store]) => store !== 'settings' && store !== 'clocks')
      .flatMap(([, rows]) => rows as object[]);
    expect(records.some((r) => SEALED_FIELD in r)).toBe(true);
    expect(records.some((r) => !(SEALED_FIELD in r))).toBe(true);
    expect((await d.people.toArray()).map((p) => p.displayName).sort()).toEqual([
      'Amira Hussain',
      'Dylan Evans',
      'Kyle Brennan',
    ]);
    expect(await d.changeLog.count()).toBe(6);
    expect((await d.associations.get('a1'))?.kind).toBe('exploitation');
    const state = await protectionState();
    expect(state).toMatchObject({ kind: 'unlocked', pass: { kind: 'on' } });

    await runPass();
    expect(await rawText(d.name)).not.toContain('Kyle Brennan');
    expect(await protectionState()).toEqual({ kind: 'unlocked', pass: null });
  });
});

const sealedKeyOf = (record: unknown) =>
  ((record as Record<string, unknown>)[SEALED_FIELD] as { k: string }).k;

/** A person record to write back (any will do: a locked database takes no write at all). */
async function getPersonAsWritten(id: string): Promise<never> {
  const p = (await rawDump(d.name)).people!.find((r) => (r as { id: string }).id === id);
  return { ...(p as object), displayName: 'Someone' } as never;
}

async function rawPut(name: string, store: string, value: unknown): Promise<void> {
  const idb = await new Promise<IDBDatabase>((resolve) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB refused'));
  });
  idb.close();
}
