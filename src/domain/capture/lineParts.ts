import { NameProblem, type NameBook } from './names';
import { fillerWords, norm, phraseAt, type Phrases } from './words';

/** Words of a line part, split on spaces. */
export const wordsOf = (text: string) => text.split(' ').filter(Boolean);

/** "Leon, Jay and Sami" → the three names. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One slot of a tail: reads its words at a position and, when applied, keeps what it read. */
export interface TailSlot {
  at: (words: readonly string[], at: number) => { apply: () => void; length: number } | null;
}

export function slot<V>(table: Phrases<V>, set: (value: V) => void): TailSlot {
  return {
    at: (words, at) => {
      const hit = phraseAt(words, at, table);
      return hit && { apply: () => set(hit.value), length: hit.length };
    },
  };
}

/** The longest phrase any slot reads at `words[at]`. */
function slotAt(words: readonly string[], at: number, slots: readonly TailSlot[]) {
  let best: { apply: () => void; length: number } | null = null;
  for (const s of slots) {
    const hit = s.at(words, at);
    if (hit && (!best || hit.length > best.length)) best = hit;
  }
  return best;
}

/** Whether a tail could start at `words[at]`. */
export const tailStartsAt = (words: readonly string[], at: number, slots: readonly TailSlot[]) =>
  slotAt(words, at, slots) !== null;

/**
 * Reads the words after the names ("exploitation reported police") into the slots; words nothing
 * understands are returned, as typed, for the refusal to highlight.
 */
export function readTail(words: readonly string[], slots: readonly TailSlot[]): string[] {
  const unknown: string[] = [];
  let i = 0;
  while (i < words.length) {
    const hit = slotAt(words, i, slots);
    if (hit) {
      hit.apply();
      i += hit.length;
    } else {
      if (!fillerWords.has(norm(words[i]!))) unknown.push(words[i]!);
      i += 1;
    }
  }
  return unknown;
}

/** Refuses a line over the words it did not understand. */
export function notUnderstood(words: readonly string[]): never {
  throw new NameProblem(`Not understood: ${words.map((w) => `“${w}”`).join(', ')}`, words);
}

/**
 * Splits the last item of a list into a name and the words after it: the longest start that names
 * someone on the board, else everything before the first word a slot understands.
 */
export function nameThenTail(
  text: string,
  book: NameBook,
  slots: readonly TailSlot[],
): { name: string; tail: string[] } {
  const words = wordsOf(text);
  const known = book.knownPrefix(words);
  let cut = known;
  if (cut === 0) {
    cut = 1;
    while (cut < words.length && !tailStartsAt(words, cut, slots)) cut += 1;
  }
  return { name: words.slice(0, cut).join(' '), tail: words.slice(cut) };
}
