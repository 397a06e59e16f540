import { useMemo } from 'react';
import type { BoardContent } from '../../db/queries';
import { distinctNames, effectivePolicy, nameMasker, shownName } from '../../domain/naming';
import type { Person } from '../../domain/kinds/person';
import type { NamePolicy } from '../../domain/vocabulary';
import { useUi } from '../../state/uiStore';

export interface Names {
  policy: NamePolicy;
  /** Whether only initials or pseudonyms may be shown (so name fields are kept off screen). */
  hiding: boolean;
  presenterSafe: boolean;
  of: (person: Person) => string;
  ofId: (id: string, fallback?: string) => string;
  /** Replaces people's names in free text (undo labels, messages, the change log). */
  mask: (text: string) => string;
}

/**
 * Everyone seen on each board this session, by id. Messages and undo labels can name someone who
 * has just been deleted ("Deleted …", "Undo Delete …"); their names must stay masked too.
 */
const seen = new Map<string, Map<string, Person>>();

function rememberPeople(boardId: string, people: readonly Person[]): Person[] {
  let known = seen.get(boardId);
  if (!known) {
    known = new Map();
    seen.set(boardId, known);
  }
  for (const p of people) known.set(p.id, p);
  return [...known.values()];
}

/**
 * The names of one board's people, made once per version of its people and shared: the board
 * page, the diagram, the side panel and the actions button each ask for them after every edit, and
 * on a board of thousands making them four times held up every command.
 */
const made = new WeakMap<readonly Person[], Map<string, Names>>();

function namesFor(
  boardId: string,
  boardPolicy: NamePolicy,
  people: readonly Person[],
  presenterSafe: boolean,
): Names {
  const key = `${boardId}\u0000${boardPolicy}\u0000${presenterSafe}`;
  let forPeople = made.get(people);
  const known = forPeople?.get(key);
  if (known) return known;
  const policy = effectivePolicy(boardPolicy, presenterSafe);
  const byId = new Map(people.map((p) => [p.id, p]));
  const everyone = rememberPeople(boardId, people);
  // Initials that collide are told apart, the same way on the diagram, in lists and in panels.
  const distinct = distinctNames(people, policy);
  const of = (p: Person) => distinct.get(p.id) ?? shownName(p, policy);
  const names: Names = {
    policy,
    hiding: policy !== 'full',
    presenterSafe,
    of,
    ofId: (id, fallback = 'Unknown') => {
      const p = byId.get(id);
      return p ? of(p) : fallback;
    },
    mask: nameMasker(everyone, policy, of),
  };
  if (!forPeople) {
    forPeople = new Map();
    made.set(people, forPeople);
  }
  forPeople.set(key, names);
  return names;
}

/** How people are named on this board right now: the board's policy, tightened by presenter-safe. */
export function useNames(content: Pick<BoardContent, 'board' | 'people'>): Names {
  const presenterSafe = useUi((s) => s.presenterSafe);
  const { id, namePolicy } = content.board;
  const { people } = content;
  return useMemo(
    () => namesFor(id, namePolicy, people, presenterSafe),
    [id, namePolicy, presenterSafe, people],
  );
}
