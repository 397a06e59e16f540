import { formatDate } from '../dates';
import {
  associationKinds,
  confidences,
  groupRoles,
  harmKinds,
  incidentRoles,
  labelOf,
  placeKinds,
  placeLinkKinds,
  riskLevels,
} from '../vocabulary';
import type { CaptureRecord, NewPerson } from './plan';

const listed = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function recordSentence(r: CaptureRecord): string {
  switch (r.kind) {
    case 'person': {
      const details = [
        r.leadAgency && `lead agency ${r.leadAgency}`,
        r.leadPractitioner && `practitioner ${r.leadPractitioner}`,
      ].filter(Boolean);
      return r.existing ? `${r.existing.name}: ${details.join(', ')}.` : '';
    }
    case 'associations': {
      const kind = labelOf(associationKinds, r.associationKind);
      const pairs = r.pairs.map((p) =>
        r.directed
          ? `from ${p.from.name} to ${p.to.name}`
          : `between ${p.from.name} and ${p.to.name}`,
      );
      const how = [
        r.confidence && lower(labelOf(confidences, r.confidence)),
        r.sourceAgency && `source ${r.sourceAgency}`,
      ].filter(Boolean);
      return `${kind} ${pairs.join('; ')}${how.length ? ` (${how.join(', ')})` : ''}.`;
    }
    case 'group': {
      const members = r.members.map((m) =>
        m.role === 'not-known'
          ? m.who.name
          : `${m.who.name} (${lower(labelOf(groupRoles, m.role))})`,
      );
      const head = r.existing ? `Group ${r.name}` : `New group ${r.name}`;
      return members.length ? `${head}: ${members.join(', ')}.` : `${head}.`;
    }
    case 'place':
      return `New place ${r.name}: ${labelOf(placeKinds, r.placeKind)}, risk ${lower(labelOf(riskLevels, r.riskLevel))}; not on the map yet.`;
    case 'placeLinks': {
      const who = listed(
        r.subjects.map((s) => (s.kind === 'group' ? `group ${s.name}` : s.who.name)),
      );
      const how = [
        r.confidence && lower(labelOf(confidences, r.confidence)),
        r.source && `source ${r.source}`,
      ].filter(Boolean);
      return `${who}: ${lower(labelOf(placeLinkKinds, r.linkKind))} ${r.place.name}${how.length ? ` (${how.join(', ')})` : ''}.`;
    }
    case 'incident': {
      const [date, time] = r.occurredAt.split('T') as [string, string];
      const harms = r.harmKinds.map((h) => lower(labelOf(harmKinds, h)));
      const who = r.involved.map((i) => `${i.who.name} (${lower(labelOf(incidentRoles, i.role))})`);
      return `Incident on ${formatDate(date)}${time !== '00:00' ? ` at ${time}` : ''} at ${r.place.name}: ${listed(harms)}${who.length ? `; ${who.join(', ')}` : ''}.`;
    }
    case 'action': {
      const owners = r.partners.length ? `${r.agency} with ${listed(r.partners)}` : r.agency;
      return `Action for ${r.target.name}, ${owners}: ${r.description}, due ${formatDate(r.dueDate)}.`;
    }
  }
}

function newPersonSentence(p: NewPerson): string {
  const details = [
    p.leadAgency && `lead agency ${p.leadAgency}`,
    p.leadPractitioner && `practitioner ${p.leadPractitioner}`,
  ].filter(Boolean);
  return `New person ${p.name}${details.length ? `: ${details.join(', ')}` : ''}.`;
}

/** The plain sentence a recorded line is said back with ("Friendship between Leon and Jay."). */
export function echoOf(record: CaptureRecord, newPeople: readonly NewPerson[]): string {
  return [recordSentence(record), ...newPeople.map(newPersonSentence)].filter(Boolean).join(' ');
}
