import type { CheckInput } from '../../../src/domain/checks';
import { newBoard } from '../../../src/domain/kinds/board';
import { newPerson } from '../../../src/domain/kinds/person';
import type { Person } from '../../../src/domain/kinds/person';
import { emptyContexts } from '../../../src/domain/records/contexts';

export const B = 'b1';
export const TODAY = '2026-11-21';

export const board = (
  over: Parameters<typeof newBoard>[1] extends infer F ? Partial<F> : never = {},
) =>
  newBoard(B, {
    title: 'Harrowfield',
    purpose: 'Training',
    owner: 'Training team',
    reviewDate: '2027-01-01',
    ...over,
  });

export const person = (id: string, displayName: string, over: Partial<Person> = {}): Person =>
  newPerson(id, B, { displayName, contexts: emptyContexts(), ...over });

/** A board's records for a check, empty unless given; names come from the records themselves. */
export function checkInput(over: Partial<Omit<CheckInput, 'nameOf'>> = {}): CheckInput {
  const input: Omit<CheckInput, 'nameOf'> = {
    board: board(),
    people: [],
    associations: [],
    groups: [],
    memberships: [],
    places: [],
    placeLinks: [],
    incidents: [],
    actions: [],
    today: TODAY,
    ...over,
  };
  return {
    ...input,
    nameOf: (ref) => {
      if (ref.kind === 'person')
        return input.people.find((p) => p.id === ref.id)?.displayName ?? '?';
      if (ref.kind === 'group') return input.groups.find((g) => g.id === ref.id)?.name ?? '?';
      if (ref.kind === 'place') return input.places.find((p) => p.id === ref.id)?.name ?? '?';
      return `${ref.kind} ${ref.id}`;
    },
  };
}
