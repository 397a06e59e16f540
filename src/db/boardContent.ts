import type { Action } from '../domain/kinds/action';
import type { Annotation } from '../domain/kinds/annotation';
import type { Association } from '../domain/kinds/association';
import type { Board } from '../domain/kinds/board';
import type { Group } from '../domain/kinds/group';
import type { Membership } from '../domain/kinds/membership';
import type { Incident } from '../domain/kinds/incident';
import type { Meeting } from '../domain/kinds/meeting';
import type { Person } from '../domain/kinds/person';
import type { Place } from '../domain/kinds/place';
import type { PlaceLink } from '../domain/kinds/placeLink';
import type { DiagramPosition } from '../domain/kinds/position';
import type { AnyRecord } from '../domain/kinds';
import type { QuarantinedRecord } from './loadValidation';

/** What the board's views need of one board. */
export interface BoardContent {
  board: Board;
  people: Person[];
  associations: Association[];
  groups: Group[];
  memberships: Membership[];
  positions: DiagramPosition[];
  /** Notes pinned on the network diagram (map notes are left out). */
  annotations: Annotation[];
  places: Place[];
  /** Links from people and groups to places; links to a record kept aside are left out. */
  placeLinks: PlaceLink[];
  incidents: Incident[];
  /** The plan: actions aimed at people, groups, places or the whole board. */
  actions: Action[];
  /** Strategy meetings held over the board (snapshots are read on demand, not here). */
  meetings: Meeting[];
  quarantined: QuarantinedRecord[];
  /**
   * Links left out because a record at one end is not on the board (kept aside as damaged, or
   * deleted outside the app): stored, unchanged, but not drawn, so they are reported instead.
   */
  missingEnds: MissingEnds;
}

/** How many links of each kind point at a person, group or place that is not on the board. */
export interface MissingEnds {
  associations: number;
  memberships: number;
  placeLinks: number;
}

/**
 * The tables a board store holds. Snapshots (a copy of the whole board each), basemap files (up
 * to hundreds of MB) and the change log are read on demand instead.
 */
export const shownTables = [
  'people',
  'associations',
  'groups',
  'memberships',
  'positions',
  'annotations',
  'places',
  'placeLinks',
  'incidents',
  'actions',
  'meetings',
] as const;
export type ShownTable = (typeof shownTables)[number];

type Rows = ReadonlyMap<string, AnyRecord>;
const rowsOf = <R>(tables: ReadonlyMap<ShownTable, Rows>, t: ShownTable) =>
  [...(tables.get(t)?.values() ?? [])] as R[];

/**
 * The plain view model of a board, rebuilt only where a change touched it: untouched lists keep
 * their identity (and so do unchanged records), so views need not render again. Associations,
 * memberships and place links to a record that is not on the board (kept aside as damaged, or
 * deleted outside the app) are left out, so the diagram and the map never draw a dangling line,
 * and counted in `missingEnds`, so the board says so.
 */
export function buildContent(
  board: Board | null,
  tables: ReadonlyMap<ShownTable, Rows>,
  quarantined: QuarantinedRecord[],
  last: BoardContent | null | undefined,
  touched: ReadonlySet<ShownTable | 'boards'>,
): BoardContent | null {
  if (!board) return null;
  const prev = last ?? undefined;
  const fresh = <K extends ShownTable>(t: K, list: () => BoardContent[K]): BoardContent[K] =>
    prev && !touched.has(t) ? prev[t] : list();
  const people = fresh('people', () => rowsOf<Person>(tables, 'people'));
  const groups = fresh('groups', () => rowsOf<Group>(tables, 'groups'));
  const places = fresh('places', () => rowsOf<Place>(tables, 'places'));
  const peopleChanged = !prev || people !== prev.people;
  const associations =
    prev && !touched.has('associations') && !peopleChanged
      ? prev.associations
      : linkedAssociations(people, rowsOf<Association>(tables, 'associations'));
  const memberships =
    prev && !touched.has('memberships') && !peopleChanged && groups === prev.groups
      ? prev.memberships
      : linkedMemberships(people, groups, rowsOf<Membership>(tables, 'memberships'));
  const placeLinks =
    prev &&
    !touched.has('placeLinks') &&
    !peopleChanged &&
    groups === prev.groups &&
    places === prev.places
      ? prev.placeLinks
      : linkedPlaceLinks(people, groups, places, rowsOf<PlaceLink>(tables, 'placeLinks'));
  return {
    board,
    people,
    associations,
    groups,
    memberships,
    positions: fresh('positions', () => rowsOf<DiagramPosition>(tables, 'positions')),
    annotations: fresh('annotations', () =>
      rowsOf<Annotation>(tables, 'annotations').filter((n) => n.surface === 'network'),
    ),
    places,
    placeLinks,
    incidents: fresh('incidents', () => rowsOf<Incident>(tables, 'incidents')),
    actions: fresh('actions', () => rowsOf<Action>(tables, 'actions')),
    meetings: fresh('meetings', () => rowsOf<Meeting>(tables, 'meetings')),
    quarantined,
    missingEnds: {
      associations: (tables.get('associations')?.size ?? 0) - associations.length,
      memberships: (tables.get('memberships')?.size ?? 0) - memberships.length,
      placeLinks: (tables.get('placeLinks')?.size ?? 0) - placeLinks.length,
    },
  };
}

function linkedAssociations(people: Person[], all: Association[]): Association[] {
  const ids = new Set(people.map((p) => p.id));
  return all.filter((a) => ids.has(a.fromId) && ids.has(a.toId));
}

function linkedMemberships(people: Person[], groups: Group[], all: Membership[]): Membership[] {
  const personIds = new Set(people.map((p) => p.id));
  const groupIds = new Set(groups.map((g) => g.id));
  return all.filter((m) => personIds.has(m.personId) && groupIds.has(m.groupId));
}

function linkedPlaceLinks(
  people: Person[],
  groups: Group[],
  places: Place[],
  all: PlaceLink[],
): PlaceLink[] {
  const placeIds = new Set(places.map((p) => p.id));
  const subjects = new Set([...people, ...groups].map((r) => r.id));
  return all.filter((l) => placeIds.has(l.placeId) && subjects.has(l.subjectId));
}
