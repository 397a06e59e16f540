/**
 * Keys that could reach an object's prototype if a file's object were ever merged or spread into
 * another with a careless assignment. JSON.parse itself makes them plain keys; they are refused
 * anyway, wherever they appear, so no later step need think about them.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a forbidden key was found: the path of keys and list indexes down to it. */
export interface ForbiddenKey {
  key: string;
  path: readonly (string | number)[];
}

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

function pathOf(visit: Visit | null): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v = visit; v && v.key !== null; v = v.parent) path.unshift(v.key);
  return path;
}

/** The first forbidden key anywhere in a parsed JSON value, or null. */
export function findForbiddenKey(value: unknown): ForbiddenKey | null {
  // Depth-first with an explicit stack: a hostile file may nest deeper than the call stack allows.
  // Each visit links to its parent, so a path is only built for the key found.
  const stack: Visit[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const v = visit.value;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: visit });
      continue;
    }
    const keys = Object.keys(v);
    for (const key of keys) if (FORBIDDEN.has(key)) return { key, path: [...pathOf(visit), key] };
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (v as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return null;
}
