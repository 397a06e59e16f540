import type { DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { keyring } from './keyring';
import {
  clearFieldsOf,
  isSealed,
  openRecord,
  sealRecord,
  SealedRecordError,
  type StoredRecord,
} from './sealedRecord';

/** A key no record has: reading it keeps a transaction busy while WebCrypto works. */
const KEEP_ALIVE = '\uffff keep-alive';

/** Settings rows kept in the clear: the protection setting itself (it holds no personal data). */
const CLEAR_SETTINGS = new Set(['encryption']);

/**
 * IndexedDB lets a transaction take requests only while one of its requests is being answered,
 * and commits it once none is pending; WebCrypto answers in a later task. While `work` runs, cheap
 * reads keep the transaction open, and its result is handed on from inside the answer to one of
 * them, so what follows (the write of the sealed records, the next read of the writer or of the
 * board's load) is placed while the transaction still takes requests. Dexie.waitFor does the same.
 */
function keepAlive<T>(table: DBCoreTable, trans: DBCoreTransaction, work: Promise<T>): Promise<T> {
  let outcome: { value: T } | { error: unknown } | null = null;
  work.then(
    (value) => {
      outcome = { value };
    },
    (error: unknown) => {
      outcome = { error };
    },
  );
  return new Promise<T>((resolve, reject) => {
    const spin = (): void => {
      if (outcome) {
        if ('value' in outcome) resolve(outcome.value);
        else
          reject(outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error)));
        return;
      }
      table.get({ trans, key: KEEP_ALIVE }).then(spin, reject);
    };
    spin();
  });
}

function lockedError(): SealedRecordError {
  return new SealedRecordError(
    'The data on this device is locked: unlock it with the passphrase',
    'locked',
  );
}

/** A table's core that seals what is written and opens what is read (see encryptionSwitch.ts). */
export function sealedTable(down: DBCoreTable, name: string, spec: string): DBCoreTable {
  const clearFields = clearFieldsOf(spec);
  const primaryKey = clearFields[0] ?? 'id';
  const keepsClear = (value: StoredRecord) =>
    name === 'settings' && CLEAR_SETTINGS.has(String(value[primaryKey]));

  const open = (value: unknown): Promise<unknown> =>
    isSealed(value)
      ? openRecord(name, value as StoredRecord, primaryKey, keyring.keyFor)
      : Promise.resolve(value);
  // One after another: faster than thousands of WebCrypto calls in flight at once (measured).
  const openAll = async (values: readonly unknown[]): Promise<unknown[]> => {
    const out: unknown[] = new Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = await open(values[i]);
    return out;
  };
  const needsOpening = (values: readonly unknown[]) => values.some(isSealed);

  const seal = async (values: readonly unknown[]): Promise<unknown[]> => {
    const key = keyring.sealWith();
    const out: unknown[] = new Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const value = values[i] as StoredRecord;
      out[i] = keepsClear(value)
        ? value
        : await sealRecord(name, value, clearFields, primaryKey, key!);
    }
    return out;
  };

  // Nothing here is async unless a record is sealed or opened: a Dexie promise passed straight
  // through keeps Dexie's transaction zone, so with protection off nothing changes at all.
  return {
    ...down,
    mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return down.mutate(req);
      if (!keyring.sealWith()) {
        if (keyring.required() && req.values.some((v) => !keepsClear(v as StoredRecord)))
          return Promise.reject(lockedError());
        return down.mutate(req);
      }
      return keepAlive(down, req.trans, seal(req.values)).then((values) =>
        down.mutate({ ...req, values }),
      );
    },
    get(req) {
      return down
        .get(req)
        .then((value: unknown) =>
          isSealed(value) ? keepAlive(down, req.trans, open(value)) : value,
        );
    },
    getMany(req) {
      return down
        .getMany(req)
        .then((values: unknown[]) =>
          needsOpening(values) ? keepAlive(down, req.trans, openAll(values)) : values,
        );
    },
    query(req) {
      return down.query(req).then((response) =>
        !req.values || !needsOpening(response.result)
          ? response
          : keepAlive(down, req.trans, openAll(response.result)).then((result) => ({
              ...response,
              result,
            })),
      );
    },
    openCursor(req) {
      return down.openCursor(req).then((cursor) => {
        if (!cursor || !req.values) return cursor;
        // The app reads with queries (toArray, get); a cursor over sealed values would hand out the
        // envelope, so one is refused loudly rather than read wrong.
        return new Proxy(cursor, {
          get(target, property, receiver) {
            const got: unknown = Reflect.get(target, property, receiver);
            if (property === 'value' && isSealed(got))
              throw new Error(`Internal: a cursor over the sealed ${name} table`);
            return typeof got === 'function' ? (got as () => unknown).bind(target) : got;
          },
        });
      });
    },
  };
}
