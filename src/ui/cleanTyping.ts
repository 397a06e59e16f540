import { removeUnwanted } from '../domain/cleanText';

/** Inputs that hold a line of text (a name, a title, the capture line, a search). */
const LINE_TYPES = new Set(['text', 'search']);

/**
 * Sets the value through the browser's own setter: React watches an element's `value` property to
 * tell which changes are the user's, so a value set through it would never reach the form's state.
 */
function setOwnValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto =
    el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Reflect.set(proto, 'value', value, el);
}

function clean(el: HTMLInputElement | HTMLTextAreaElement, lines: boolean): boolean {
  const value = el.value;
  const cleaned = removeUnwanted(value, lines);
  if (cleaned === value) return false;
  const caret = removeUnwanted(value.slice(0, el.selectionStart ?? value.length), lines).length;
  setOwnValue(el, cleaned);
  el.setSelectionRange(caret, caret);
  return true;
}

/**
 * Control characters, bidirectional overrides and invisible spaces (domain/cleanText.ts) are taken out
 * of every text field and text area as they are typed or pasted, before the form sees them: one
 * listener, ahead of React's, rather than a rule in each of the app's forms, so no name, title,
 * note or capture line can take one in. Passphrases (password fields) are left as typed.
 */
export function cleanTyping(): void {
  document.addEventListener('input', (e) => cleanField(e.target), true);
  // Loaded when a field was first focused: anything typed there meanwhile is cleaned now, and the
  // form told, as if it had been typed so.
  const typed = document.activeElement;
  if (cleanField(typed)) typed!.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Cleans a text field's value; says whether it changed. */
function cleanField(el: EventTarget | null): boolean {
  if (el instanceof HTMLTextAreaElement) return clean(el, true);
  if (el instanceof HTMLInputElement && LINE_TYPES.has(el.type)) return clean(el, false);
  return false;
}
