import type { Place } from '../kinds/place';
import { labelOf, riskLevels, type PlaceKind } from '../vocabulary';
import { agencyMatches, findingKey, isOpen, listInWords, ref } from './shared';
import type { CheckFinding, CheckInput } from './types';

/** Levels that mean a risk has been identified ("not assessed" and "none" do not). */
const IDENTIFIED = new Set(['emerging', 'moderate', 'significant']);

/**
 * Who usually answers for a kind of place when the place names no agency of its own, from the
 * briefing: parks → wardens or safer neighbourhood teams; stairwells → housing; schools → the school.
 * Names are matched forgivingly (see agencyMatches), so "Police" covers neighbourhood policing.
 */
const BY_KIND: Partial<Record<PlaceKind, readonly string[]>> = {
  park: ['Park wardens', 'Parks', 'Safer neighbourhood team', 'Neighbourhood policing', 'Police'],
  estate: ['Housing'],
  school: ['Education', 'School'],
  'high-street': [
    'Safer neighbourhood team',
    'Neighbourhood policing',
    'Police',
    'Community safety',
  ],
  shop: ['Safer neighbourhood team', 'Neighbourhood policing', 'Police', 'Community safety'],
  transport: [
    'Safer neighbourhood team',
    'Neighbourhood policing',
    'Police',
    'Community safety',
    'Transport',
  ],
};

/** The partner agencies responsible for a place: its own list if it has one, else by its kind. */
export function responsibleAgencies(place: Place): string[] {
  const own = place.agencies.map((a) => a.trim()).filter(Boolean);
  if (own.length > 0) return own;
  const byKind = [...(BY_KIND[place.kind] ?? [])];
  // A school answers for itself, whatever it is called ("Harrowfield Academy").
  if (place.kind === 'school') byKind.unshift(place.name);
  return byKind;
}

/** A place with an identified risk but no open action owned by an agency responsible for it. */
export function placeWithoutAgencyAction(input: CheckInput): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const place of input.places) {
    if (!IDENTIFIED.has(place.riskLevel)) continue;
    const agencies = responsibleAgencies(place);
    const aimed = input.actions.filter(
      (a) => a.targetKind === 'place' && a.targetId === place.id && isOpen(a),
    );
    const covered =
      agencies.length > 0
        ? // A partner on a joint action answers for the place as well as its owner.
          aimed.some((a) =>
            [a.agency, ...a.partners].some((own) => agencies.some((w) => agencyMatches(own, w))),
          )
        : aimed.length > 0;
    if (covered) continue;
    const name = input.nameOf(ref('place', place.id));
    const risk = labelOf(riskLevels, place.riskLevel).toLowerCase();
    const who =
      agencies.length > 0
        ? `No open action is owned by an agency responsible for it (${listInWords(agencies)}).`
        : 'No partner agency is recorded as responsible for it, and no open action is aimed at it.';
    findings.push({
      key: findingKey('place-without-agency-action', place.id),
      rule: 'place-without-agency-action',
      title: `No partner action for ${name}`,
      reason:
        `The risk at ${name} is ${risk}. ${who} ` +
        'Services that do not work with the young people directly may still need to act where the risk is.',
      records: [ref('place', place.id)],
    });
  }
  return findings;
}
