import { formatDate } from '../../dates';
import { associationKind } from '../../kinds/association';
import type { FieldDef, Parsed } from '../../kinds/fields';
import { incidentKind } from '../../kinds/incident';
import { personKind } from '../../kinds/person';
import { placeKind } from '../../kinds/place';
import { harmKinds, incidentRoles, labelOf, type Term } from '../../vocabulary';
import { readCoordinate, readDate, readDateTime, readTime } from './readCell';
import { headerSynonyms } from './synonyms';

/** What a CSV file can bring: one kind of record per import. */
export const importKinds = [
  { key: 'people', label: 'People', one: 'person', many: 'people' },
  {
    key: 'associations',
    label: 'Associations between people',
    one: 'association',
    many: 'associations',
  },
  { key: 'places', label: 'Places', one: 'place', many: 'places' },
  { key: 'incidents', label: 'Incidents', one: 'incident', many: 'incidents' },
] as const;
export type ImportKind = (typeof importKinds)[number]['key'];

export const importNoun = (kind: ImportKind, count: number): string => {
  const k = importKinds.find((x) => x.key === kind)!;
  return `${count.toLocaleString('en-GB')} ${count === 1 ? k.one : k.many}`;
};

/**
 * Something a column can be mapped to: a field of the kind (from its definition in
 * src/domain/kinds, so the panel, the exports and the import share one list), or one of the
 * parts a kind edits with a control of its own (an incident's date, kinds of harm, place and
 * people; an association's two people; a place's latitude and longitude).
 */
export interface ImportTarget {
  key: string;
  label: string;
  /** A select: each value found in the column is mapped to one of these terms (values step). */
  options?: readonly Term[];
  /** A cell may list several values, separated by ; , or | (kinds of harm, names). */
  list?: boolean;
  /** Cell text (trimmed, not empty) to the value, or a problem. Terms are read by the value map. */
  read: (text: string) => Parsed;
  /** The stored value as text, where the field has its own format (a list of tags). */
  show?: (value: unknown) => string;
  /** Headings that mean this target besides its key and label. */
  synonyms: readonly string[];
  /** The import cannot go ahead without a column for it (or for the target named by `or`). */
  required?: boolean;
  /** Another target that can stand in for this one when required (a full name for the name). */
  or?: string;
}

const asIs = (text: string): Parsed => ({ value: text });

/**
 * A field of a kind as a target: its key, label and options, its parser, and its input rule
 * (unless `rule` is false: a review date that has passed is valid data brought from elsewhere;
 * rules.ts says input rules are for what a person types).
 */
function fieldTarget(def: FieldDef, synonyms: readonly string[], rule = true): ImportTarget {
  const parse = def.parse ?? asIs;
  const read = (text: string): Parsed => {
    let parsed: Parsed = { value: text };
    if (def.control === 'date') parsed = readDate(text);
    if ('problem' in parsed) return parsed;
    parsed = parse(parsed.value as string);
    if ('problem' in parsed) return { problem: `“${text}”: ${lowerFirst(parsed.problem)}` };
    const broken = rule ? def.rule?.(parsed.value) : null;
    return broken ? { problem: `“${text}”: ${lowerFirst(broken)}` } : parsed;
  };
  return {
    key: def.key,
    label: def.label,
    ...(def.options ? { options: def.options } : {}),
    ...(def.format ? { show: def.format } : {}),
    read,
    synonyms,
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

type Synonyms = Record<string, readonly string[]>;
const fieldsOf = (defs: readonly FieldDef[], synonyms: Synonyms, noRule: readonly string[] = []) =>
  defs.map((d) => fieldTarget(d, synonyms[d.key] ?? [], !noRule.includes(d.key)));

const coordinate = (which: 'latitude' | 'longitude', synonyms: Synonyms): ImportTarget => ({
  key: which,
  label: which === 'latitude' ? 'Latitude' : 'Longitude',
  read: (t) => readCoordinate(t, which),
  synonyms: synonyms[which] ?? [],
});

const people = headerSynonyms.people;
const assoc = headerSynonyms.associations;
const place = headerSynonyms.places;
const incident = headerSynonyms.incidents;

/** People involved in an incident, one column per role ("Harmed", "Witnesses"), names listed. */
export const INVOLVED = 'involved:';
const involvedTargets: ImportTarget[] = incidentRoles.map((role) => ({
  key: `${INVOLVED}${role.key}`,
  label: `People involved: ${role.label.toLowerCase()}`,
  list: true,
  read: asIs,
  synonyms: (incident as Synonyms)[`${INVOLVED}${role.key}`] ?? [],
}));

/** Every target of each kind of import, in the order the preview shows them. */
export const importTargets: Record<ImportKind, readonly ImportTarget[]> = {
  people: fieldsOf(personKind.fields, people).map((t) =>
    t.key === 'displayName' ? { ...t, required: true, or: 'fullName' } : t,
  ),
  associations: [
    { key: 'from', label: 'From (a person)', read: asIs, synonyms: assoc.from, required: true },
    { key: 'to', label: 'To (a person)', read: asIs, synonyms: assoc.to, required: true },
    // An association has no kind by default: the app asks for one when two people are linked.
    ...fieldsOf(associationKind.fields, assoc, ['reviewDate']).map((t) =>
      t.key === 'kind' ? { ...t, required: true } : t,
    ),
  ],
  places: [
    ...fieldsOf(placeKind.fields, place).map((t) =>
      t.key === 'name' ? { ...t, required: true } : t,
    ),
    coordinate('latitude', place),
    coordinate('longitude', place),
  ],
  incidents: [
    {
      key: 'occurredAt',
      label: 'Date and time',
      // The value is `{ value, timeGiven }`: a separate Time column fills in a date given alone.
      read: (t) => {
        const read = readDateTime(t);
        return 'problem' in read ? read : { value: read };
      },
      synonyms: incident.occurredAt,
      required: true,
    },
    { key: 'time', label: 'Time', read: readTime, synonyms: incident.time },
    {
      key: 'harmKinds',
      label: 'Kinds of harm',
      options: harmKinds,
      list: true,
      read: asIs,
      synonyms: incident.harmKinds,
      required: true,
    },
    { key: 'place', label: 'Place (its name or reference)', read: asIs, synonyms: incident.place },
    coordinate('latitude', incident),
    coordinate('longitude', incident),
    ...involvedTargets,
    ...fieldsOf(incidentKind.fields, incident),
  ],
};

export function targetOf(kind: ImportKind, key: string): ImportTarget | undefined {
  return importTargets[kind].find((t) => t.key === key);
}

/** A value as the app shows it: a term's label, a date as 12 Mar 2026, a list joined. */
export function showValue(target: ImportTarget | undefined, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (target?.show) return target.show(value);
  if (Array.isArray(value)) return value.map((v) => showValue(target, v)).join(', ');
  if (target?.options && typeof value === 'string') return labelOf(target.options, value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What must be mapped before rows can be read, in plain words, or an empty list. An incident
 * needs a place, or a latitude and longitude.
 */
export function missingTargets(kind: ImportKind, mapped: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const t of importTargets[kind]) {
    if (!t.required || mapped.has(t.key) || (t.or && mapped.has(t.or))) continue;
    const or = t.or ? targetOf(kind, t.or) : undefined;
    out.push(`Choose a column for “${t.label}”${or ? ` (or for “${or.label}”)` : ''}.`);
  }
  if (
    kind === 'incidents' &&
    !mapped.has('place') &&
    !(mapped.has('latitude') && mapped.has('longitude'))
  )
    out.push('Choose the column that names the place, or the latitude and longitude columns.');
  if (mapped.has('latitude') !== mapped.has('longitude'))
    out.push('Choose both a latitude and a longitude column, or neither.');
  return out;
}
