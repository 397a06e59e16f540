import { formatDate } from '../../domain/dates';
import { shownName } from '../../domain/naming';
import type { Action } from '../../domain/kinds/action';
import type { Association } from '../../domain/kinds/association';
import type { Group } from '../../domain/kinds/group';
import type { Incident } from '../../domain/kinds/incident';
import type { Person } from '../../domain/kinds/person';
import type { Place } from '../../domain/kinds/place';
import type { BoardChange } from '../../domain/snapshotDiff';
import { associationKinds, labelOf, riskLevels, type NamePolicy } from '../../domain/vocabulary';

interface Naming {
  policy: NamePolicy;
  /** Masks names in free text (place and group names, action descriptions). */
  mask: (text: string) => string;
  /** Everyone known, now and in the snapshot, so a removed person's links can still be named. */
  people: ReadonlyMap<string, Person>;
  places: ReadonlyMap<string, Place>;
}

const risk = (k: string | undefined) => labelOf(riskLevels, k ?? '');

/**
 * One change in plain words. People are named by the names policy, whether they are on the board
 * now or only in the snapshot, so presenter-safe names hold for removed records too.
 */
export function describeChange(c: BoardChange, n: Naming): string {
  const person = (id: string) => {
    const p = n.people.get(id);
    return p ? shownName(p, n.policy) : 'someone';
  };
  const placeName = (id: string | null) => {
    const p = id ? n.places.get(id) : undefined;
    return p ? n.mask(p.name) : 'a point on the map';
  };
  switch (c.kind) {
    case 'person-added':
      return `New person: ${shownName(c.record as Person, n.policy)}`;
    case 'person-removed':
      return `Removed from the board: ${shownName(c.record as Person, n.policy)}`;
    case 'association-added':
    case 'association-removed': {
      const a = c.record as Association;
      const what = labelOf(associationKinds, a.kind).toLowerCase();
      const verb = c.kind === 'association-added' ? 'New association' : 'Association removed';
      return `${verb}: ${person(a.fromId)} and ${person(a.toId)} (${what})`;
    }
    case 'risk-escalated':
    case 'risk-reduced': {
      const up = c.kind === 'risk-escalated';
      const name =
        c.recordKind === 'person'
          ? shownName(c.record as Person, n.policy)
          : n.mask((c.record as Group | Place).name);
      const noun = c.recordKind === 'group' ? 'Concern' : 'Risk';
      return `${noun} ${up ? 'raised' : 'lowered'}: ${name}, ${risk(c.from)} → ${risk(c.to)}`;
    }
    case 'place-added':
      return `New place: ${n.mask((c.record as Place).name)}`;
    case 'incident-added': {
      const i = c.record as Incident;
      return `New incident at ${placeName(i.placeId)} on ${formatDate(i.occurredAt.slice(0, 10))}`;
    }
    case 'action-done':
      return `Action done: ${n.mask((c.record as Action).description)}`;
    case 'action-overdue': {
      const a = c.record as Action;
      return `Action now overdue: ${n.mask(a.description)} (${a.agency}, due ${formatDate(a.dueDate)})`;
    }
  }
}
