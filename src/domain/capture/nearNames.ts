import type { BoardNames, NewPerson } from './plan';
import { norm } from './words';

/**
 * Typing errors between two names: letters added, dropped, changed or swapped with the next one
 * (optimal string alignment). "Leom" is 1 from "Leon", "Lone" 1 from "Leon" too.
 */
export function typingDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      const above = rows[i - 1]!;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many slips a name of this length may hold and still be taken for a misspelling. */
const slipsAllowed = (length: number) => (length < 3 ? 0 : length < 8 ? 1 : 2);

/** A new name in a line that looks like a misspelling of someone already on the board. */
export interface NearName {
  typed: string;
  /** The people on the board it is close to, by the name shown. */
  near: string[];
}

/**
 * The new people of a line whose names are one or two slips from someone on the board (their name
 * shown, full name or first name), so the chair can correct the line before a duplicate is made:
 * at the speed of a meeting "Leom" is far more likely Leon than someone new.
 */
export function nearNames(
  newPeople: readonly NewPerson[],
  people: BoardNames['people'],
): NearName[] {
  const found: NearName[] = [];
  for (const person of newPeople) {
    const typed = norm(person.name);
    const allowed = slipsAllowed(typed.length);
    if (allowed === 0) continue;
    const near = people
      .filter((p) => {
        const names = [p.displayName, p.fullName, p.displayName.split(' ')[0] ?? '']
          .map(norm)
          .filter((n) => n.length > 0 && n !== typed);
        return names.some((n) => typingDistance(typed, n) <= allowed);
      })
      .map((p) => p.displayName);
    if (near.length > 0) found.push({ typed: person.name, near });
  }
  return found;
}

/** The chair's prompt for near names: what looks wrong and how to go on either way. */
export function nearNamesProblem(found: readonly NearName[]): string {
  const one = (n: NearName) => {
    const list =
      n.near.length === 1 ? n.near[0]! : `${n.near.slice(0, -1).join(', ')} or ${n.near.at(-1)!}`;
    return `“${n.typed}” is not on the board: did you mean ${list}?`;
  };
  const names = found.map((n) => `“${n.typed}”`).join(' and ');
  const as = found.length === 1 ? 'someone new' : 'new people';
  return `${found.map(one).join(' ')} Correct the line, or press Enter again to add ${names} as ${as}`;
}
