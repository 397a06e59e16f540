import type { BoardNames } from './plan';
import { norm } from './words';

/** A name offered while typing: what replaces the end of the line when it is accepted. */
export interface Suggestion {
  name: string;
  what: 'person' | 'group' | 'place';
  /** How many characters at the end of the line it replaces. */
  replaces: number;
}

const MAX = 6;

/**
 * Names on the board that the end of the line could be the start of: the last one, two or three
 * words typed since a comma, colon or arrow ("Leon - Ja" offers Jay Brown; "at Marl" offers
 * Marlow House). The longest such ending that matches wins, so "Marlow H" offers only places
 * that start with it. Nothing is offered for an empty ending or a name already typed in full.
 */
export function suggestNames(line: string, board: BoardNames): Suggestion[] {
  const tail = /[^,:<>\-–]*$/.exec(line)?.[0] ?? '';
  if (/\s$/.test(tail) || !tail.trim()) return [];
  const words = tail.trim().split(/\s+/);
  const names = [
    ...board.people.map((p) => ({ name: p.displayName, what: 'person' as const })),
    ...board.groups.map((g) => ({ name: g.name, what: 'group' as const })),
    ...board.places.map((p) => ({ name: p.name, what: 'place' as const })),
  ];
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    // The ending as typed (spaces and all), so accepting replaces exactly it.
    const typed = new RegExp(String.raw`(?:\S+\s+){${n - 1}}\S+$`).exec(line)?.[0] ?? '';
    const t = norm(typed);
    const found = names.filter((x) => {
      const name = norm(x.name);
      return name.startsWith(t) && name !== t;
    });
    if (found.length > 0)
      return found
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .slice(0, MAX)
        .map((x) => ({ ...x, replaces: typed.length }));
  }
  return [];
}

/** The line with its ending replaced by the accepted name, and a space to go on typing. */
export function acceptSuggestion(line: string, s: Suggestion): string {
  return `${line.slice(0, line.length - s.replaces)}${s.name} `;
}
