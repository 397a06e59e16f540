import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/** Which tables are sealed, with the store spec of the current schema version of each. */
export type SealedTables = Record<string, string>;

type SealedTableOf = (down: DBCoreTable, name: string, spec: string) => DBCoreTable;

let sealing: SealedTableOf | null = null;

/**
 * Puts the sealing code (middleware.ts) under the database. It is a chunk of its own, loaded with
 * the protection code (protection.ts installs it): most devices never turn protection on, and the
 * app's first download has a budget. Until then every table passes straight through.
 */
export function installSealing(sealedTable: SealedTableOf): void {
  sealing = sealedTable;
}

/**
 * The DBCore middleware below every query that seals records on their way in and opens them on
 * their way out, once the sealing code is installed; a plain pass-through before.
 */
export function encryptionMiddleware(tables: SealedTables): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'encryption-at-rest',
    // Below all of Dexie's own middlewares (the lowest is -1): they run in Dexie's transaction
    // zone, which a WebCrypto await loses, and they see, cache and report records in the clear.
    level: -2,
    create: (down) => ({
      ...down,
      table(name) {
        const plain = down.table(name);
        const spec = tables[name];
        if (spec === undefined) return plain;
        let sealed: DBCoreTable | null = null;
        const core = () => (sealing ? (sealed ??= sealing(plain, name, spec)) : plain);
        return {
          ...plain,
          mutate: (req) => core().mutate(req),
          get: (req) => core().get(req),
          getMany: (req) => core().getMany(req),
          query: (req) => core().query(req),
          openCursor: (req) => core().openCursor(req),
        };
      },
    }),
  };
}
