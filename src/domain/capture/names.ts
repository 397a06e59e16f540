import { NAME_MAX } from '../text';
import type { BoardNames, NewPerson, PersonRef } from './plan';
import { norm } from './words';

/** Why a name could not be read: not a known name, or several records answer to it. */
export class NameProblem extends Error {
  constructor(
    message: string,
    /** The words to highlight in the line. */
    readonly words: readonly string[],
  ) {
    super(message);
  }
}

const firstWord = (s: string) => norm(s).split(' ')[0] ?? '';

/**
 * Finds the people, groups and places a line names. Forgiving: case does not matter, and a first
 * name or initials match someone when only one person on the board has them. Names not on the board
 * become new people (once per line, however often they are named), where a line means a person.
 */
export class NameBook {
  readonly newPeople: NewPerson[] = [];

  constructor(readonly board: BoardNames) {}

  /** People on the board who answer to `text`; several when it is ambiguous. */
  peopleCalled(text: string): BoardNames['people'][number][] {
    const t = norm(text);
    if (!t) return [];
    const exact = this.board.people.filter(
      (p) => norm(p.displayName) === t || (p.fullName && norm(p.fullName) === t),
    );
    if (exact.length > 0) return exact;
    const first = this.board.people.filter((p) => firstWord(p.displayName) === t);
    if (first.length > 0) return first;
    // Initials only when written as such ("LP"), so a short first name is not read as initials.
    if (/^[a-z]{2,3}$/.test(t) && text.trim() === text.trim().toUpperCase())
      return this.board.people.filter((p) => norm(p.initials) === t);
    return [];
  }

  groupCalled(text: string) {
    return this.board.groups.filter((g) => norm(g.name) === norm(text));
  }

  /** Places by full name, or by the first word of their name ("Marlow" for Marlow House). */
  placeCalled(text: string, exactOnly = false) {
    const t = norm(text);
    const exact = this.board.places.filter((p) => norm(p.name) === t);
    if (exact.length > 0 || exactOnly || !t) return exact;
    return this.board.places.filter((p) => firstWord(p.name) === t);
  }

  /** Whether `text` names anything on the board (or a new person of this line). */
  knows(text: string): boolean {
    return (
      this.peopleCalled(text).length > 0 ||
      this.groupCalled(text).length > 0 ||
      this.placeCalled(text).length > 0 ||
      this.newPeople.some((p) => norm(p.name) === norm(text))
    );
  }

  /** Someone on the board, or one new person, by the name typed. Throws a NameProblem. */
  person(text: string, allowNew = true): PersonRef {
    const name = text.trim().replace(/\s+/g, ' ');
    const found = this.peopleCalled(name);
    if (found.length === 1) return { ref: found[0]!.id, name: found[0]!.displayName };
    if (found.length > 1) {
      const names = found.map((p) => p.displayName);
      throw new NameProblem(
        `“${name}” could be ${names.slice(0, -1).join(', ')} or ${names.at(-1)}: type more of the name`,
        [name],
      );
    }
    const already = this.newPeople.find((p) => norm(p.name) === norm(name));
    if (already) return { ref: already.ref, name: already.name };
    if (!allowNew) throw new NameProblem(`There is nobody called “${name}” on the board`, [name]);
    if (!name) throw new NameProblem('A name is missing', []);
    if (name.length > NAME_MAX)
      throw new NameProblem(`A name can be at most ${NAME_MAX} characters`, [name]);
    const added: NewPerson = {
      ref: `new:${this.newPeople.length + 1}`,
      name,
      leadAgency: '',
      leadPractitioner: '',
    };
    this.newPeople.push(added);
    return { ref: added.ref, name };
  }

  /** A place on the board; places are never made up by a line that only mentions them. */
  place(text: string): { id: string; name: string } {
    const name = text.trim();
    const found = this.placeCalled(name);
    if (found.length === 1) return { id: found[0]!.id, name: found[0]!.name };
    if (found.length > 1)
      throw new NameProblem(
        `“${name}” could be ${found.map((p) => p.name).join(' or ')}: type more of the name`,
        [name],
      );
    throw new NameProblem(
      `There is no place called “${name}” on the board: add it first with “place ${name}”`,
      [name],
    );
  }

  /**
   * The longest start of `words` that names someone or something on the board (or a new person
   * of this line), as a count of words; 0 when none does.
   */
  knownPrefix(
    words: readonly string[],
    knows: (text: string) => boolean = (t) => this.knows(t),
  ): number {
    for (let n = words.length; n >= 1; n--) if (knows(words.slice(0, n).join(' '))) return n;
    return 0;
  }
}
