import type { FieldDef } from '../kinds/fields';

/** A value a graph file can type: text, a number or a yes/no. */
export type Scalar = string | number | boolean;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function put(out: Map<string, Scalar>, key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string' || typeof value === 'boolean') out.set(key, value);
  else if (typeof value === 'number') {
    if (Number.isFinite(value)) out.set(key, value);
  } else if (Array.isArray(value)) out.set(key, JSON.stringify(value));
  else if (isPlainObject(value))
    for (const [k, v] of Object.entries(value)) put(out, `${key}.${k}`, v);
}

/**
 * A record as flat, typed attributes, as GraphML and GEXF hold them: every stored field but those
 * in `leave`, the kind's panel fields first (in panel order), then the rest as stored. A nested
 * object becomes one attribute per value under a dotted path (`contexts.home.concern`), so a graph
 * tool can colour by it; a list becomes its JSON text, one rule for every list, readable back
 * without loss. An empty value (null) is left out.
 */
export function flatten(
  record: object,
  fields: readonly FieldDef[],
  leave: ReadonlySet<string>,
): Map<string, Scalar> {
  const out = new Map<string, Scalar>();
  const values = record as Record<string, unknown>;
  const order = [...fields.map((f) => f.key), ...Object.keys(values)];
  for (const key of new Set(order)) {
    if (leave.has(key) || !Object.hasOwn(values, key)) continue;
    put(out, key, values[key]);
  }
  return out;
}
