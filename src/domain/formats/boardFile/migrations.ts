import { BOARD_FILE_VERSION } from './format';

type Document = Record<string, unknown>;

/**
 * `migrations[n]` turns a plain board file of version n into version n + 1, as plain data before
 * any schema is applied; the newest version is the only one written. Version 1 is the first, so
 * the list is empty: when version 2 comes, its step goes here as `1: (v1) => v2`, the schema of
 * version 2 joins `boardFileSchemas`, and a saved file of version 1 stays in fixtures/boardFile,
 * tested to open, for ever (tests/unit/boardFileFixtures.test.ts).
 */
export const migrations: Readonly<Record<number, (document: Document) => Document>> = {};

/** A plain file of `version` brought up to the current version, one numbered step at a time. */
export function migrate(document: Document, version: number): Document {
  let current = document;
  for (let v = version; v < BOARD_FILE_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`No migration from board file version ${v} to ${v + 1}`);
    current = { ...step(current), formatVersion: v + 1 };
  }
  return current;
}
