/**
 * The words of the domain, from the practitioner briefings. Each list is the single definition used
 * by schemas, pickers, panels and (later) legends and exports. We record associations and concerns,
 * never labels such as "gang member".
 */
export interface Term<K extends string = string> {
  readonly key: K;
  readonly label: string;
}

const terms = <const K extends string>(list: readonly (readonly [K, string])[]) =>
  list.map(([key, label]) => ({ key, label })) as readonly Term<K>[];

export const keysOf = <K extends string>(list: readonly Term<K>[]) =>
  list.map((t) => t.key) as [K, ...K[]];

export const labelOf = <K extends string>(list: readonly Term<K>[], key: K | string): string =>
  list.find((t) => t.key === key)?.label ?? String(key);

export const personKinds = terms([
  ['young-person', 'Young person'],
  ['adult-of-concern', 'Adult of concern'],
  ['professional', 'Professional'],
  ['other', 'Other'],
] as const);
export type PersonKind = (typeof personKinds)[number]['key'];

export const harmRoles = terms([
  ['not-known', 'Not known'],
  ['harmed', 'Harmed'],
  ['harming', 'Harming'],
  ['both', 'Harmed and harming'],
] as const);
export type HarmRole = (typeof harmRoles)[number]['key'];

export const riskLevels = terms([
  ['not-assessed', 'Not assessed'],
  ['none', 'None'],
  ['emerging', 'Emerging'],
  ['moderate', 'Moderate'],
  ['significant', 'Significant'],
] as const);
export type RiskLevel = (typeof riskLevels)[number]['key'];

/** `directed` is the default for a new association of that kind; the user can change it. */
export const associationKinds = [
  { key: 'friendship', label: 'Friendship', directed: false, protective: false },
  { key: 'family', label: 'Sibling / family', directed: false, protective: false },
  { key: 'intimate', label: 'Intimate relationship', directed: false, protective: false },
  { key: 'exploitation', label: 'Exploitation', directed: true, protective: false },
  { key: 'violence', label: 'Violence', directed: true, protective: false },
  { key: 'bullying', label: 'Bullying', directed: true, protective: false },
  { key: 'hsb', label: 'Harmful sexual behaviour', directed: true, protective: false },
  { key: 'criminal', label: 'Criminal association', directed: false, protective: false },
  { key: 'online', label: 'Online contact', directed: false, protective: false },
  { key: 'protective', label: 'Protective / trusted', directed: false, protective: true },
] as const satisfies readonly (Term & { directed: boolean; protective: boolean })[];
export type AssociationKind = (typeof associationKinds)[number]['key'];

export const confidences = terms([
  ['confirmed', 'Confirmed'],
  ['reported', 'Reported'],
  ['suspected', 'Suspected'],
] as const);
export type Confidence = (typeof confidences)[number]['key'];

export const groupRoles = terms([
  ['not-known', 'Not known'],
  ['leader', 'Leader'],
  ['follower', 'Follower'],
  ['peripheral', 'Peripheral'],
] as const);
export type GroupRole = (typeof groupRoles)[number]['key'];

export const placeKinds = terms([
  ['park', 'Park'],
  ['school', 'School'],
  ['estate', 'Estate / stairwell'],
  ['high-street', 'High street'],
  ['shop', 'Shop / takeaway'],
  ['transport', 'Transport hub'],
  ['home', 'Home address'],
  ['online', 'Online space'],
  ['other', 'Other'],
] as const);
export type PlaceKind = (typeof placeKinds)[number]['key'];

export const placeLinkKinds = terms([
  ['frequents', 'Frequents'],
  ['lives-at', 'Lives at / near'],
  ['attends', 'Attends'],
  ['incident-at', 'Incident at'],
  ['safe-place', 'Safe place'],
  ['travels-through', 'Travels through'],
] as const);
export type PlaceLinkKind = (typeof placeLinkKinds)[number]['key'];

export const harmKinds = terms([
  ['cse', 'Child sexual exploitation'],
  ['cce', 'Criminal exploitation'],
  ['violence', 'Serious youth violence'],
  ['relationship-abuse', 'Teenage relationship abuse'],
  ['bullying', 'Bullying'],
  ['hsb', 'Harmful sexual behaviour'],
  ['online', 'Online harm'],
  ['other', 'Other'],
] as const);
export type HarmKind = (typeof harmKinds)[number]['key'];

export const incidentRoles = terms([
  ['harmed', 'Harmed'],
  ['harming', 'Harming'],
  ['witness', 'Witness'],
  ['present', 'Present'],
] as const);
export type IncidentRole = (typeof incidentRoles)[number]['key'];

export const actionStatuses = terms([
  ['planned', 'Planned'],
  ['in-progress', 'In progress'],
  ['done', 'Done'],
  ['dropped', 'Dropped'],
] as const);
export type ActionStatus = (typeof actionStatuses)[number]['key'];

export const contextKeys = terms([
  ['home', 'Home / family'],
  ['peer', 'Peer group'],
  ['school', 'School / education'],
  ['neighbourhood', 'Neighbourhood'],
  ['online', 'Online'],
] as const);
export type ContextKey = (typeof contextKeys)[number]['key'];

export const namePolicies = terms([
  ['full', 'Full name'],
  ['initials', 'Initials'],
  ['pseudonym', 'Pseudonym'],
] as const);
export type NamePolicy = (typeof namePolicies)[number]['key'];

export const weekdays = terms([
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const);
export type Weekday = (typeof weekdays)[number]['key'];

/** Suggested agencies; any agency name may be typed. */
export const suggestedAgencies = [
  "Children's social care",
  'Youth offending service',
  'Police',
  'Safer neighbourhood team',
  'Education',
  'Housing',
  'Health',
  'Youth service',
  'Parks and open spaces',
  'Community safety',
  'Voluntary sector',
] as const;

/** Default indicator list for a new board; the list is editable per board. */
export const defaultIndicatorKinds = [
  { key: 'missing', label: 'Missing episode', exploitation: true },
  { key: 'injury', label: 'Physical injury', exploitation: true },
  { key: 'sexual-health', label: 'Sexual-health concern', exploitation: true },
  { key: 'exclusion', label: 'Exclusion from school', exploitation: false },
  { key: 'money-gifts', label: 'Unexplained money or gifts', exploitation: true },
  { key: 'substance', label: 'Substance misuse', exploitation: true },
] as const;

export const DEFAULT_CLASSIFICATION = 'OFFICIAL-SENSITIVE';
