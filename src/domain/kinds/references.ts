import type { TableName } from './index';
import type { Reference } from './kind';

export interface RecordRef {
  table: TableName;
  id: string;
}

type Fields = Record<string, unknown>;

const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null;

/** A reference with its path split once: the bus reads them for every record it writes. */
export interface CompiledReference extends Reference {
  /** Keys down to the object (or list of objects) holding the id, then the id's own key. */
  readonly parents: readonly string[];
  readonly leaf: string;
}

export function compileReference(ref: Reference): CompiledReference {
  const keys = ref.field.split('.');
  return { ...ref, parents: keys.slice(0, -1), leaf: keys[keys.length - 1]! };
}

/** The objects holding the id: the record itself, or those down the path (a list gives each item). */
function holdersOf(record: unknown, parents: readonly string[]): Fields[] {
  let holders: unknown[] = [record];
  for (const key of parents) {
    holders = holders.flatMap((h) => {
      const v = isFields(h) ? h[key] : undefined;
      return Array.isArray(v) ? (v as unknown[]) : [v];
    });
  }
  return holders.filter(isFields);
}

/** The table a reference held in `holder` points at, or null when its kind names none. */
function tableFor(ref: Reference, holder: Fields): TableName | null {
  if (typeof ref.to === 'string') return ref.to;
  const kind = holder[ref.to.by];
  return typeof kind === 'string' && Object.hasOwn(ref.to.tables, kind)
    ? (ref.to.tables[kind] ?? null)
    : null;
}

/** The records a reference of `record` points at; empty when it is null or names no table. */
export function targetsOf(record: unknown, ref: CompiledReference): RecordRef[] {
  const out: RecordRef[] = [];
  for (const holder of holdersOf(record, ref.parents)) {
    const id = holder[ref.leaf];
    const table = typeof id === 'string' ? tableFor(ref, holder) : null;
    if (table && typeof id === 'string') out.push({ table, id });
  }
  return out;
}

/** Every table a reference can point at. */
export function tablesOf(ref: Reference): TableName[] {
  return typeof ref.to === 'string'
    ? [ref.to]
    : Object.values(ref.to.tables).filter((t): t is TableName => t !== undefined);
}

function mapIn(value: unknown, keys: readonly string[], map: (id: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapIn(v, keys, map));
  const [key, ...rest] = keys;
  if (!isFields(value) || key === undefined || !(key in value)) return value;
  const v = value[key];
  if (rest.length === 0) return typeof v === 'string' ? { ...value, [key]: map(v) } : value;
  return { ...value, [key]: mapIn(v, rest, map) };
}

/** A copy of `record` with the ids a reference holds passed through `map`. */
export function mapReference<R>(record: R, ref: CompiledReference, map: (id: string) => string): R {
  return mapIn(record, [...ref.parents, ref.leaf], map) as R;
}
