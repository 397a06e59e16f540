import { formatDate } from '../dates';
import { findingKey, groupBy, isLive, listInWords, ref } from './shared';
import type { CheckFinding, CheckInput, CheckRecordRef } from './types';

/**
 * Harmful sexual behaviour associated with a place: an HSB incident there, or a place link of a
 * person (or a group with a member) who has an HSB association. "Safe place" links are left out:
 * they are where young people find safety, not where harm is linked. Any action aimed at the place
 * that was not dropped counts as addressing it.
 */
export function harmfulSexualBehaviourAtPlace(input: CheckInput): CheckFinding[] {
  const hsbPeople = new Set<string>();
  for (const a of input.associations) {
    if (a.kind !== 'hsb') continue;
    hsbPeople.add(a.fromId);
    hsbPeople.add(a.toId);
  }
  const groupsWithHsb = new Map<string, string[]>();
  for (const m of input.memberships) {
    if (!hsbPeople.has(m.personId)) continue;
    groupsWithHsb.set(m.groupId, [...(groupsWithHsb.get(m.groupId) ?? []), m.personId]);
  }
  const addressed = new Set(
    input.actions.filter((a) => a.targetKind === 'place' && isLive(a)).map((a) => a.targetId),
  );

  const incidentsAt = groupBy(
    input.incidents.filter((i) => i.placeId !== null && i.harmKinds.includes('hsb')),
    (i) => i.placeId!,
  );
  const linksAt = groupBy(input.placeLinks, (l) => l.placeId);

  const findings: CheckFinding[] = [];
  for (const place of input.places) {
    if (addressed.has(place.id)) continue;
    const incidents = incidentsAt.get(place.id) ?? [];
    const people = new Set<string>();
    const groups = new Set<string>();
    for (const link of linksAt.get(place.id) ?? []) {
      if (link.kind === 'safe-place') continue;
      if (link.subjectKind === 'person' && hsbPeople.has(link.subjectId))
        people.add(link.subjectId);
      if (link.subjectKind === 'group' && groupsWithHsb.has(link.subjectId))
        groups.add(link.subjectId);
    }
    if (incidents.length === 0 && people.size === 0 && groups.size === 0) continue;

    const name = input.nameOf(ref('place', place.id));
    const because: string[] = [];
    if (incidents.length > 0)
      because.push(
        `${incidents.length === 1 ? 'an incident' : `${incidents.length} incidents`} of harmful ` +
          `sexual behaviour there (${listInWords(incidents.map((i) => formatDate(i.occurredAt.slice(0, 10))))})`,
      );
    if (people.size > 0)
      because.push(
        `${listInWords([...people].map((id) => input.nameOf(ref('person', id))))}, linked to it, ` +
          `${people.size === 1 ? 'has' : 'have'} a harmful sexual behaviour association`,
      );
    for (const g of groups)
      because.push(
        `${input.nameOf(ref('group', g))}, linked to it, includes ` +
          `${listInWords((groupsWithHsb.get(g) ?? []).map((id) => input.nameOf(ref('person', id))))} ` +
          'with a harmful sexual behaviour association',
      );
    const records: CheckRecordRef[] = [
      ref('place', place.id),
      ...incidents.map((i) => ref('incident', i.id)),
      ...[...people].map((id) => ref('person', id)),
      ...[...groups].map((id) => ref('group', id)),
    ];
    findings.push({
      key: findingKey('harmful-sexual-behaviour-at-place', place.id),
      rule: 'harmful-sexual-behaviour-at-place',
      title: `Harmful sexual behaviour linked to ${name}`,
      reason:
        `Harmful sexual behaviour is associated with ${name}: ${because.join('; ')}. ` +
        'No action is aimed at the place to establish and address its links with the behaviour.',
      records,
    });
  }
  return findings;
}
