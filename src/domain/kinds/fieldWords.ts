import type { FieldDef } from './fields';

/**
 * Where in a record a problem is, in the user's words: "the text of decision 1", never the
 * schema's path "decisions.0.text". Refusals and damaged-record notices are read by a chair on a
 * projector, not by a developer; the path stays in the problem for code that maps it to a form.
 */

/** What one item of a list field is called. */
const itemNouns: Record<string, string> = {
  boards: 'board',
  decisions: 'decision',
  attendees: 'attendee',
  agenda: 'agenda step',
  indicators: 'indicator',
  strengths: 'strength',
  tags: 'tag',
  timeBands: 'time band',
  guardians: 'guardian',
  agencies: 'agency',
  partners: 'partner agency',
  involved: 'person involved',
  indicatorKinds: 'indicator kind',
  considered: 'considered check',
  changes: 'change',
  days: 'day',
  coordinates: 'point',
};

/** Fields no panel form names (ids, stamps, fields inside lists), as users would call them. */
const fieldNames: Record<string, string> = {
  id: 'identifier',
  boardId: 'board it is on',
  createdAt: 'time it was made',
  updatedAt: 'time it was last changed',
  displayName: 'name',
  name: 'name',
  text: 'text',
  at: 'time',
  itemId: 'record it is about',
  itemKind: 'kind of record it is about',
  endedAt: 'time it ended',
  takenAt: 'time it was taken',
  meetingId: 'meeting it belongs to',
  fromId: 'first person',
  toId: 'second person',
  subjectId: 'person or group',
  placeId: 'place',
  groupId: 'group',
  personId: 'person',
  geometry: 'position on the map',
  tables: 'copied records',
  data: 'file’s contents',
  encryption: 'protection',
  iterations: 'key-strengthening rounds',
};

/** "endedAt" → "ended at": the last resort for a field named nowhere. */
const spaced = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

function fieldName(key: string, fields: readonly FieldDef[]): string {
  const def = fields.find((f) => f.key === key);
  if (def) return def.label.charAt(0).toLowerCase() + def.label.slice(1);
  return fieldNames[key] ?? spaced(key);
}

/**
 * The part of a record a path names, e.g. ['decisions', 0, 'text'] → "the text of decision 1",
 * ['displayName'] → "the name shown" (the kind's own label where its form has one).
 */
export function fieldInWords(
  path: readonly PropertyKey[],
  fields: readonly FieldDef[] = [],
): string {
  if (path.length === 0) return 'the record as a whole';
  // Read from the outside in: each list item becomes "decision 1", each field its name.
  const parts: string[] = [];
  let endsOnItem = false;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'number') continue;
    const name = String(key);
    if (typeof next === 'number') {
      const noun = itemNouns[name];
      parts.push(
        noun
          ? `${noun} ${next + 1}`
          : `item ${next + 1} of the ${fieldName(name, i === 0 ? fields : [])}`,
      );
      i++;
      endsOnItem = true;
    } else {
      parts.push(fieldName(name, i === 0 ? fields : []));
      endsOnItem = false;
    }
  }
  // "indicator 5", but "the text of decision 1".
  return `${endsOnItem ? '' : 'the '}${parts.reverse().join(' of ')}`;
}

/** A schema message as a library writes it ("Too small: expected string to have >=1 characters"). */
const libraryMessage = /^(Invalid|Too (small|big)|Unrecognized|Expected|Required)/;

/** One schema problem as a sentence: the kind's own wording where it has one, plain words if not. */
export function problemInWords(
  issue: { path: readonly PropertyKey[]; message: string; code?: string },
  fields: readonly FieldDef[] = [],
): string {
  const where = fieldInWords(issue.path, fields);
  if (!libraryMessage.test(issue.message)) return `${issue.message} (${where})`;
  const Where = where.charAt(0).toUpperCase() + where.slice(1);
  switch (issue.code) {
    case 'too_small':
      return `${Where} is empty or too short`;
    case 'too_big':
      return `${Where} is too long`;
    case 'invalid_type':
      return `${Where} is missing or not the right kind of value`;
    case 'invalid_value':
      return `${Where} is not one of the choices this app knows`;
    case 'invalid_format':
      return `${Where} is not written the way this app expects`;
    case 'unrecognized_keys':
      return `${Where} holds something this app does not know`;
    default:
      return `${Where} cannot be read`;
  }
}
