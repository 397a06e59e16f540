import type { z } from 'zod';
import type { RecordBase } from '../records/base';
import type { FieldDef } from './fields';
import type { TableName } from './index';

/**
 * A table a reference points at: one table, or one chosen by a sibling field of the id that
 * names the kind of record (`subjectKind: 'person'` → people). A kind the map does not name
 * points at nothing.
 */
export type ReferenceTarget =
  | TableName
  | { readonly by: string; readonly tables: Readonly<Partial<Record<string, TableName>>> };

/**
 * A field of a record that holds the id of another record.
 *
 * `field` is a path: `fromId`; `attachedTo.id` inside an object that may be null; `involved.personId`
 * in each item of a list. A `by` target names a field beside the id (`attachedTo.kind`).
 */
export interface Reference {
  readonly field: string;
  readonly to: ReferenceTarget;
  /**
   * What becomes of this record when the record it points at is deleted. `cascade`: it goes too
   * (the deleting command takes it, and for a checked reference an undo takes any that another
   * tab made since: commands/dangling.ts). `clear`: the deleting command empties the reference or
   * drops its list item, and the record stays. `keep`: the record stays as it was, pointing at
   * nothing, and readers show the record pointed at as gone (a decision about someone since deleted).
   */
  readonly onDelete: 'cascade' | 'clear' | 'keep';
  /**
   * The store refuses to write a record whose checked reference points at nothing
   * (db/writer.ts), so a redo cannot resurrect a link to someone deleted in another tab. The
   * others may be left pointing at nothing for a while, and readers treat that as no reference.
   */
  readonly checked: boolean;
}

/**
 * Everything the app knows about one kind of record, in one place (one module per kind under
 * src/domain/kinds): the table it is stored in, what users call it, its schema, its defaults,
 * what it points at, its editable fields and its indexes. Numbered database versions
 * (db/schemaVersions.ts) and migrations stay history; tests/unit/recordKinds.test.ts holds the
 * newest version to these indexes.
 *
 * `G` is what `create` must be given: ids and the fields with no sensible default.
 */
export interface RecordKind<T extends RecordBase, Table extends string = string, G = Partial<T>> {
  readonly table: Table;
  /** What users call one record and several, in messages ("Could not save a person ..."). */
  readonly noun: { readonly one: string; readonly many: string };
  readonly schema: z.ZodType<T>;
  /**
   * A new record with the kind's defaults under what it is given. Timestamps are the bus's to set
   * when it writes: they default to the placeholder `STAMP`, which it overwrites.
   */
  readonly create: (given: G) => T;
  /** Fields holding ids of other records, `boardId` first. */
  readonly references: readonly Reference[];
  /** The side panel form, in panel order; an empty list where no panel form edits the kind. */
  readonly fields: readonly FieldDef[];
  /**
   * The Dexie store spec of the current schema version: the primary key, then indexes. Only ids,
   * board ids, kinds and dates, never names or free text, so payloads can be encrypted at rest
   * without changing the queries.
   */
  readonly indexes: string;
  /**
   * Fields that name or describe someone, or hold free text: to be encrypted at rest and left out
   * of redacted exports. Never indexed.
   */
  readonly personal: readonly (keyof T & string)[];
  /**
   * Where the record holds free text typed about someone (notes, outcome notes), as paths in the
   * references' language plus `*` for every value of an object: `notes`, `indicators.note` (each
   * item of a list), `contexts.*.notes`. A redacted export leaves these out
   * (domain/formats/redaction.ts).
   */
  readonly freeText: readonly string[];
}

/** What `create` needs: the fields named in `K`, and any other field to override its default. */
export type Given<T, K extends keyof T> = Pick<T, K> & Partial<T>;

/** Placeholder timestamps of a new record; the bus sets the real ones when it writes. */
export const STAMP = '1970-01-01T00:00:00.000Z';
export const stamps = { createdAt: STAMP, updatedAt: STAMP } as const;

/** Every record but a board belongs to a board, and is deleted with it. */
export const onBoard: Reference = {
  field: 'boardId',
  to: 'boards',
  onDelete: 'cascade',
  checked: true,
};
