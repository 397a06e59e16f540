/**
 * Cleaning text of characters no name or note needs (kept apart from text.ts, whose schema rules
 * every page loads: this is loaded by what types, imports or exports text).
 */
/**
 * Characters no name or note needs, removed wherever text comes in (typed, pasted or imported)
 * and before it goes out: C0 controls (tab and line feed are kept where text runs over lines), DEL,
 * C1 controls, the bidirectional overrides, embeddings and isolates (U+202A-202E, U+2066-2069),
 * which can make "Ali" read as something else on screen, invisible spaces and joiners that make
 * two names look the same (U+200B, U+2060, U+FEFF), and U+FFFE/U+FFFF. Zero-width joiner and
 * non-joiner (U+200C/200D) and the left-to-right and right-to-left marks (U+200E/200F) are kept:
 * Persian, Arabic, Hebrew and Indic names and emoji need them, and they reorder nothing.
 * Lone surrogates, which no file format can carry, become U+FFFD.
 */
const UNWANTED =
  // eslint-disable-next-line no-control-regex -- these control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `value` with the characters above removed, as it is being typed (see cleanText). */
export function removeUnwanted(value: string, lines = false): string {
  const out = value.replace(LONE_SURROGATE, '\uFFFD');
  return (lines ? out : out.replace(/\r\n|[\t\n\r\u2028\u2029]/g, ' ')).replace(UNWANTED, '');
}

/**
 * Text with the characters above removed. `lines`: tabs and line ends (CR, LF, U+2028/2029) kept
 * as they are (notes), else each becomes a space (names, titles). Removing never uncovers spaces at the ends of text that had
 * none, nor leaves nothing of text that had something (it becomes U+FFFD, a visible mark).
 */
export function cleanText(value: string, lines = false): string {
  let out = removeUnwanted(value, lines);
  if (out === value) return value;
  if (value === value.trim()) out = out.trim();
  return out.length === 0 && value.length > 0 ? '\uFFFD' : out;
}

/** Keys that hold ids (a record's own, its board's, the records it refers to): never cleaned. */
const ID_KEY = /^id$|Ids?$/;

/**
 * A record (or any plain data) with every text in it cleaned as notes are (`cleanText` with line
 * ends kept, so nothing that runs over lines is joined up); ids and files (Blobs) are left as they
 * are. Used on what imports bring in and what exports write out.
 */
export function cleanRecordText<T>(record: T): T {
  return cleanValue(record, '') as T;
}

function cleanValue(value: unknown, key: string): unknown {
  if (typeof value === 'string') return ID_KEY.test(key) ? value : cleanText(value, true);
  if (Array.isArray(value)) return value.map((v) => cleanValue(v, key));
  if (value === null || typeof value !== 'object') return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = cleanValue(v, k);
  return out;
}
