// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { longTextOf, scanJson } from '../../src/domain/formats/boardFile/scanJson';
import { findForbiddenKey } from '../../src/domain/formats/boardFile/forbiddenKeys';

const blob = (text: string) => new Blob([text]);

/** The scanned value with each long string read back from the source. */
async function readBack(text: string, longAt: number, sliceBytes: number): Promise<unknown> {
  const source = blob(text);
  const scanned = await scanJson(source, { longAt, sliceBytes });
  if (!scanned.ok) throw new Error(JSON.stringify(scanned.problem));
  const bytes = new Uint8Array(await source.arrayBuffer());
  const revive = (v: unknown): unknown => {
    const long = longTextOf(v, scanned);
    if (long) return JSON.parse(`"${new TextDecoder().decode(bytes.slice(long.start, long.end))}"`);
    if (Array.isArray(v)) return v.map(revive);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
    return v;
  };
  return revive(scanned.value);
}

describe('reading a JSON file a slice at a time', () => {
  const doc = {
    a: 'short',
    long: 'x'.repeat(40),
    escaped: 'quote " and backslash \\ and \u00e9 and emoji 😀 '.repeat(3),
    list: [1, 'two', { three: 'y'.repeat(25) }, null, true],
    nested: { deeper: { deepest: ['z'.repeat(19), 'q'] } },
  };
  const text = JSON.stringify(doc, null, 1);

  // (Keys are never that long in a board file; a key past the length would not read back.)
  it('gives the same value whatever the slice size and the length counted as long', async () => {
    for (const sliceBytes of [1, 2, 3, 5, 7, 16, 4096]) {
      for (const longAt of [8, 10, 20, 1000]) {
        expect(await readBack(text, longAt, sliceBytes), `${sliceBytes}/${longAt}`).toEqual(doc);
      }
    }
  });

  it('leaves long strings out of the parsed text, as placeholders', async () => {
    const scanned = await scanJson(blob(text), { longAt: 20, sliceBytes: 3 });
    expect(scanned.ok).toBe(true);
    if (!scanned.ok) return;
    expect(scanned.longTexts.length).toBeGreaterThanOrEqual(3);
    const value = scanned.value as { a: string; long: unknown };
    expect(value.a).toBe('short');
    expect(longTextOf(value.long, scanned)).not.toBeNull();
    // A file cannot forge a placeholder: the marker is new for every read.
    const forged = await scanJson(blob(`{"x":{"${scanned.marker}":0}}`));
    expect(forged.ok && longTextOf((forged.value as { x: unknown }).x, forged)).toBe(null);
  });

  it('tells a file that is not a JSON object, a truncated one and a damaged one apart', async () => {
    expect(await scanJson(blob('name,age\nAli,15\n'))).toEqual({
      ok: false,
      problem: { kind: 'not-json' },
    });
    expect(await scanJson(blob('[1,2]'))).toMatchObject({
      ok: false,
      problem: { kind: 'not-json' },
    });
    expect(await scanJson(blob(''))).toMatchObject({ ok: false, problem: { kind: 'not-json' } });
    expect(await scanJson(blob(text.slice(0, text.length / 2)))).toMatchObject({
      ok: false,
      problem: { kind: 'truncated' },
    });
    expect(await scanJson(blob('{"a": 1,}'))).toMatchObject({
      ok: false,
      problem: { kind: 'invalid' },
    });
    const latin1 = new Blob([new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])]);
    expect(await scanJson(latin1)).toMatchObject({ ok: false, problem: { kind: 'not-text' } });
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const withBom = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), '{"a":1}']);
    expect(await scanJson(withBom)).toMatchObject({ ok: true, value: { a: 1 } });
  });
});

describe('keys that reach prototypes', () => {
  it('finds __proto__, constructor and prototype anywhere, with the path to them', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":1},{"__proto__":{"x":1}}]}'))).toEqual({
      key: '__proto__',
      path: ['a', 1, '__proto__'],
    });
    expect(findForbiddenKey({ a: { constructor: 1 } })?.path).toEqual(['a', 'constructor']);
    expect(findForbiddenKey([{ prototype: 1 }])?.key).toBe('prototype');
    expect(findForbiddenKey({ a: [1, 'constructor', { b: 'prototype' }] })).toBeNull();
  });
});
