/**
 * Reads a JSON file of any size a slice at a time. JSON.parse needs the whole text as one string,
 * and a string cannot hold the base64 of a 500 MB offline map; so every string longer than
 * `longAt` bytes is left in the file and replaced, in the text handed to JSON.parse, by an object
 * `{ [marker]: n }` naming its place (`LongText`). Only the board file's places for bytes read
 * those objects back; anywhere else such an object fails the record's schema like any wrong value.
 * The marker is random for each read, so a file cannot forge one.
 */
export interface LongText {
  /** Byte offsets in the source of the string's content (between its quotes). */
  start: number;
  end: number;
}

export type ScanProblem =
  | { kind: 'not-json' }
  | { kind: 'truncated' }
  | { kind: 'not-text' }
  | { kind: 'invalid'; detail: string };

export type Scanned =
  | { ok: true; value: unknown; longTexts: readonly LongText[]; marker: string }
  | { ok: false; problem: ScanProblem };

export interface ScanOptions {
  /** Strings longer than this many bytes stay in the file (a test sets it low). */
  longAt?: number;
  sliceBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const BOM = [0xef, 0xbb, 0xbf];

/** What each byte is to the scan outside strings (0: anything else): a table, as this loop runs once a byte. */
const OPENS = 1;
const CLOSES = 2;
const SPACE = 3;
const byteClass = new Uint8Array(256);
for (const c of [0x7b, 0x5b]) byteClass[c] = OPENS;
for (const c of [0x7d, 0x5d]) byteClass[c] = CLOSES;
for (const c of [0x20, 0x09, 0x0a, 0x0d]) byteClass[c] = SPACE;

/** The next quote or backslash at or after `from`, or -1: inside a long string nothing else matters. */
function nextSpecial(bytes: Uint8Array, from: number): number {
  const q = bytes.indexOf(QUOTE, from);
  const b = bytes.indexOf(BACKSLASH, from);
  return q < 0 ? b : b < 0 ? q : Math.min(q, b);
}

const DEFAULT_LONG_AT = 1024 * 1024;
const DEFAULT_SLICE = 8 * 1024 * 1024;

function randomMarker(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `long-text-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads `source` as one JSON object, long strings left in place (see above). */
export async function scanJson(source: Blob, options: ScanOptions = {}): Promise<Scanned> {
  const longAt = options.longAt ?? DEFAULT_LONG_AT;
  const sliceBytes = options.sliceBytes ?? DEFAULT_SLICE;
  const marker = randomMarker();
  const encoder = new TextEncoder();
  const out: Uint8Array[] = [];
  const longTexts: LongText[] = [];
  let depth = 0;
  let started = false;
  let inString = false;
  let escaped = false;
  let long = false;
  let stringStart = 0;
  let stringParts: Uint8Array[] = [];

  // A short string stays in the text: only when one grows past `longAt` are the bytes before its
  // opening quote copied out and the rest skipped. The quote's place in this slice, or -1 when
  // the string opened in an earlier slice (its start is then in `stringParts`).
  let quoteAt: number;
  for (let base = 0; base < source.size; base += sliceBytes) {
    const bytes = new Uint8Array(await source.slice(base, base + sliceBytes).arrayBuffer());
    // The first byte of this slice not yet copied to `out`.
    let from = 0;
    quoteAt = -1;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i]!;
      if (inString) {
        if (long && !escaped && c !== QUOTE && c !== BACKSLASH) {
          const next = nextSpecial(bytes, i);
          i = (next < 0 ? bytes.length : next) - 1;
          continue;
        }
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (long) {
            longTexts.push({ start: stringStart, end: base + i });
            out.push(encoder.encode(`{"${marker}":${longTexts.length - 1}}`));
            from = i + 1;
          } else if (stringParts.length > 0) {
            out.push(...stringParts);
            stringParts = [];
          }
        } else if (!long && base + i - stringStart >= longAt) {
          long = true;
          if (quoteAt >= 0) out.push(bytes.slice(from, quoteAt));
          stringParts = [];
        }
        continue;
      }
      if (c === QUOTE) {
        inString = true;
        long = false;
        quoteAt = i;
        stringStart = base + i + 1;
        continue;
      }
      const kind = byteClass[c];
      if (kind === OPENS) {
        if (!started && c !== OPEN_OBJECT) return { ok: false, problem: { kind: 'not-json' } };
        started = true;
        depth++;
      } else if (kind === CLOSES) depth--;
      else if (!started && kind !== SPACE && !(base + i < 3 && c === BOM[base + i]))
        return { ok: false, problem: { kind: 'not-json' } };
    }
    if (!inString) out.push(bytes.slice(from));
    else if (!long) {
      const opened = quoteAt >= 0 ? quoteAt : 0;
      out.push(bytes.slice(from, opened));
      stringParts.push(bytes.slice(opened));
    }
    options.onProgress?.(Math.min(base + sliceBytes, source.size), source.size);
  }
  if (!started) return { ok: false, problem: { kind: 'not-json' } };
  if (inString || depth > 0) return { ok: false, problem: { kind: 'truncated' } };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(concat(out));
  } catch {
    return { ok: false, problem: { kind: 'not-text' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, longTexts, marker };
  } catch (e) {
    return {
      ok: false,
      problem: { kind: 'invalid', detail: e instanceof Error ? e.message : String(e) },
    };
  }
}

/** The long string an object stands for, when it is the scan's placeholder. */
export function longTextOf(
  value: unknown,
  scanned: { longTexts: readonly LongText[]; marker: string },
): LongText | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== scanned.marker) return null;
  const n = (value as Record<string, unknown>)[scanned.marker];
  return typeof n === 'number' ? (scanned.longTexts[n] ?? null) : null;
}
