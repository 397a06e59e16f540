/**
 * Text typed into a panel field that has not been saved yet, kept in this tab's sessionStorage.
 *
 * Why: a field saves after a pause in typing. Text typed in that pause is lost if the page is
 * reloaded or closed (IndexedDB writes begun while a page unloads do not finish), or if another tab
 * deletes the record meanwhile. sessionStorage is written synchronously and survives a reload of
 * the same tab, so the board can save the text on its next open, or hand it back to copy.
 * It stays in this tab: sessionStorage is not shared between tabs and is cleared with the tab.
 */
export interface TypedTextKey {
  boardId: string;
  table: string;
  id: string;
  field: string;
}

export interface TypedText extends TypedTextKey {
  /** The field's label, for the message that hands the text back. */
  label: string;
  /** The text as typed. */
  text: string;
  /** The stored value the typing started from: the text is saved later only over this value. */
  base: unknown;
  /** The value the text parses to, when it is valid; absent when it could not be saved as typed. */
  value?: unknown;
}

const STORE_KEY = 'peers-and-places:typed-text';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

function readAll(): TypedText[] {
  const raw = storage()?.getItem(STORE_KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isTypedText) : [];
  } catch {
    return [];
  }
}

function isTypedText(x: unknown): x is TypedText {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Record<string, unknown>;
  return ['boardId', 'table', 'id', 'field', 'label', 'text'].every(
    (k) => typeof t[k] === 'string',
  );
}

function writeAll(entries: readonly TypedText[]): void {
  const store = storage();
  if (!store) return;
  try {
    if (entries.length === 0) store.removeItem(STORE_KEY);
    else store.setItem(STORE_KEY, JSON.stringify(entries));
  } catch {
    // Quota: the text stays on screen; only the reload safety net is missing.
  }
}

const same = (a: TypedTextKey, b: TypedTextKey) =>
  a.boardId === b.boardId && a.table === b.table && a.id === b.id && a.field === b.field;

export function keepTypedText(entry: TypedText): void {
  writeAll([...readAll().filter((e) => !same(e, entry)), entry]);
}

export function forgetTypedText(key: TypedTextKey): void {
  const all = readAll();
  const rest = all.filter((e) => !same(e, key));
  if (rest.length !== all.length) writeAll(rest);
}

export function typedTextOf(boardId: string): TypedText[] {
  return readAll().filter((e) => e.boardId === boardId);
}
