// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  base64Bytes,
  fromBase64,
  fromBase64Bytes,
  toBase64,
} from '../../src/domain/formats/boardFile/base64';

describe('board file base64', () => {
  it('agrees with Node’s encoder for every length and byte', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n * 11) % 256);
      const expected = Buffer.from(bytes).toString('base64');
      expect(toBase64(bytes)).toBe(expected);
      expect(Array.from(fromBase64(expected) ?? [])).toEqual(Array.from(bytes));
    }
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(toBase64(all)).toBe(Buffer.from(all).toString('base64'));
  });

  it('refuses what is not base64', () => {
    for (const bad of ['abc', 'ab=c', 'a===', '=abc', 'ab c', 'ab-_', 'abcd=abc', 'é123']) {
      expect(fromBase64(bad), bad).toBeNull();
    }
    expect(fromBase64Bytes(base64Bytes(new Uint8Array([1, 2, 3, 4])))).toEqual(
      new Uint8Array([1, 2, 3, 4]),
    );
  });
});
