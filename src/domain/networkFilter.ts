import type { Association } from './kinds/association';
import type { Membership } from './kinds/membership';
import type { Person } from './kinds/person';
import type { AssociationKind, Confidence, PersonKind } from './vocabulary';
import { buildAdjacency, egoNetwork } from './egoNetwork';

export type FocusSteps = 1 | 2 | 3;

/** The ego network of some people: only those within `steps` associations of them are shown. */
export interface EgoFocus {
  centre: readonly string[];
  steps: FocusSteps;
}

/**
 * What the diagram shows. Each choice is written as what is left out, so the empty filter shows
 * everything and a lead agency typed after the filter was set is shown, not silently hidden.
 */
export interface NetworkFilter {
  hiddenAssociationKinds: readonly AssociationKind[];
  hiddenConfidences: readonly Confidence[];
  /** Associations are shown when their first..last reported span overlaps this range. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Associations with neither date are shown unless this is set, whatever the range. */
  hideUndated: boolean;
  /** Lead agencies left out, trimmed; `NO_LEAD_AGENCY` stands for people with none. */
  hiddenLeadAgencies: readonly string[];
  /** When not empty, only members of these groups are shown. */
  onlyGroups: readonly string[];
  hiddenPersonKinds: readonly PersonKind[];
  focus: EgoFocus | null;
}

export const NO_LEAD_AGENCY = '';

export const emptyFilter: NetworkFilter = {
  hiddenAssociationKinds: [],
  hiddenConfidences: [],
  dateFrom: null,
  dateTo: null,
  hideUndated: false,
  hiddenLeadAgencies: [],
  onlyGroups: [],
  hiddenPersonKinds: [],
  focus: null,
};

export interface FilterableContent {
  people: readonly Person[];
  associations: readonly Association[];
  memberships: readonly Membership[];
}

export interface FilterResult {
  hiddenPeople: Set<string>;
  hiddenAssociations: Set<string>;
}

export const leadAgencyKey = (p: Pick<Person, 'leadAgency'>): string => p.leadAgency.trim();

/** True when any choice other than the focus narrows the diagram. */
export function filtersActive(f: NetworkFilter): boolean {
  return (
    f.hiddenAssociationKinds.length > 0 ||
    f.hiddenConfidences.length > 0 ||
    f.dateFrom !== null ||
    f.dateTo !== null ||
    f.hideUndated ||
    f.hiddenLeadAgencies.length > 0 ||
    f.onlyGroups.length > 0 ||
    f.hiddenPersonKinds.length > 0
  );
}

function shownByDate(a: Association, f: NetworkFilter): boolean {
  const start = a.firstReported ?? a.lastReported;
  const end = a.lastReported ?? a.firstReported;
  if (start === null || end === null) return !f.hideUndated;
  // ISO calendar dates compare correctly as strings.
  return (f.dateTo === null || start <= f.dateTo) && (f.dateFrom === null || end >= f.dateFrom);
}

/**
 * Who and what the filter hides. A hidden person hides their associations; filters on associations
 * hide lines, never people. The focus then hides everyone more than `steps` associations from its
 * centre, walking only over what is still shown, so nobody appears to float unconnected to it.
 */
export function applyNetworkFilter(content: FilterableContent, f: NetworkFilter): FilterResult {
  const hiddenPeople = new Set<string>();
  const hiddenAssociations = new Set<string>();

  const kinds = new Set<string>(f.hiddenPersonKinds);
  const agencies = new Set(f.hiddenLeadAgencies);
  let members: Set<string> | null = null;
  if (f.onlyGroups.length > 0) {
    const groups = new Set(f.onlyGroups);
    members = new Set(
      content.memberships.filter((m) => groups.has(m.groupId)).map((m) => m.personId),
    );
  }
  if (kinds.size > 0 || agencies.size > 0 || members) {
    for (const p of content.people) {
      if (kinds.has(p.kind) || agencies.has(leadAgencyKey(p)) || (members && !members.has(p.id)))
        hiddenPeople.add(p.id);
    }
  }

  const linkKinds = new Set<string>(f.hiddenAssociationKinds);
  const confidences = new Set<string>(f.hiddenConfidences);
  const byDate = f.dateFrom !== null || f.dateTo !== null || f.hideUndated;
  const shown: Association[] = [];
  for (const a of content.associations) {
    if (
      hiddenPeople.has(a.fromId) ||
      hiddenPeople.has(a.toId) ||
      linkKinds.has(a.kind) ||
      confidences.has(a.confidence) ||
      (byDate && !shownByDate(a, f))
    )
      hiddenAssociations.add(a.id);
    else shown.push(a);
  }

  if (f.focus) {
    const centre = f.focus.centre.filter((id) => !hiddenPeople.has(id));
    const near = egoNetwork(centre, f.focus.steps, buildAdjacency(shown));
    for (const p of content.people) if (!near.has(p.id)) hiddenPeople.add(p.id);
    for (const a of shown)
      if (!near.has(a.fromId) || !near.has(a.toId)) hiddenAssociations.add(a.id);
  }
  return { hiddenPeople, hiddenAssociations };
}
