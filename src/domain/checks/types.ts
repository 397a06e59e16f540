import type { Action } from '../kinds/action';
import type { Association } from '../kinds/association';
import type { Board } from '../kinds/board';
import type { Group } from '../kinds/group';
import type { Membership } from '../kinds/membership';
import type { Incident } from '../kinds/incident';
import type { Person } from '../kinds/person';
import type { Place } from '../kinds/place';
import type { PlaceLink } from '../kinds/placeLink';

/** Everything a contextual check may look at: a board's records and today's date (YYYY-MM-DD). */
export interface CheckInput {
  board: Board;
  people: readonly Person[];
  associations: readonly Association[];
  groups: readonly Group[];
  memberships: readonly Membership[];
  places: readonly Place[];
  placeLinks: readonly PlaceLink[];
  incidents: readonly Incident[];
  actions: readonly Action[];
  today: string;
  /**
   * How to name a record in a finding's words: the names policy and presenter-safe mode are
   * applied by the caller, so a check never puts a full name on the projector by itself.
   */
  nameOf: (ref: CheckRecordRef) => string;
}

/** The contextual checks of DESIGN §4.6, one rule each. */
export type CheckRule =
  | 'cumulative-concern'
  | 'place-without-agency-action'
  | 'harmful-sexual-behaviour-at-place'
  | 'parenting-without-twinned-action'
  | 'group-across-practitioners'
  | 'harmful-pair-same-school'
  | 'association-past-review'
  | 'board-past-review';

/** A record a finding is about, so the panel can link to it (select and show it). */
export interface CheckRecordRef {
  kind: 'person' | 'group' | 'place' | 'association' | 'action' | 'incident' | 'board';
  id: string;
}

/**
 * One prompt raised by a check: never a verdict. `key` is stable for the same situation (rule plus
 * the records involved), so "considered: not applicable" stays attached to it across edits; it is
 * what `board.considered[].key` stores.
 */
export interface CheckFinding {
  key: string;
  rule: CheckRule;
  /** A short heading, e.g. "Cumulative concern: J.D.", naming records only through `nameOf`. */
  title: string;
  /** Why it was raised, in plain words, with the dates or records concerned. */
  reason: string;
  records: CheckRecordRef[];
}
