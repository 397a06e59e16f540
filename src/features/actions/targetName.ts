import type { BoardContent } from '../../db/queries';
import type { Names } from '../names';
import type { ActionTarget } from './actionDraft';

/** What an action is aimed at, named as the board may show it now (presenter-safe honoured). */
export function targetName(
  target: ActionTarget,
  content: Pick<BoardContent, 'people' | 'groups' | 'places'>,
  names: Names,
): string {
  switch (target.kind) {
    case 'board':
      return 'the whole board';
    case 'person': {
      const person = content.people.find((p) => p.id === target.id);
      return person ? names.of(person) : 'someone no longer on the board';
    }
    case 'group': {
      const group = content.groups.find((g) => g.id === target.id);
      return group ? names.mask(group.name) : 'a group no longer on the board';
    }
    case 'place': {
      const place = content.places.find((p) => p.id === target.id);
      if (!place) return 'a place no longer on the board';
      // Place names are shown as typed, but may hold a person's name.
      return names.hiding ? names.mask(place.name) : place.name;
    }
  }
}
