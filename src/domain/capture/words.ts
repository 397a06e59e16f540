import {
  associationKinds,
  confidences,
  groupRoles,
  harmKinds,
  incidentRoles,
  placeKinds,
  placeLinkKinds,
  riskLevels,
  suggestedAgencies,
  type AssociationKind,
  type Confidence,
  type GroupRole,
  type HarmKind,
  type IncidentRole,
  type PlaceKind,
  type PlaceLinkKind,
  type RiskLevel,
} from '../vocabulary';

/**
 * The words the capture line understands. Every value is a key of the app's own vocabularies
 * (`vocabulary.ts`): the keys and labels are read from there, and only the everyday synonyms a
 * chair types ("mates", "YOS", "stairwell") are listed here, typed so that a synonym can only
 * point at a value that exists.
 */
export type Phrases<V> = ReadonlyMap<string, V>;

/** Lower case, single spaces, no full stops or curly apostrophes: how typed words are compared. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\.(?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function phrases<V extends string>(
  terms: readonly { key: V; label: string }[],
  synonyms: Record<string, V>,
): Phrases<V> {
  const map = new Map<string, V>();
  for (const t of terms) {
    map.set(norm(t.key.replace(/-/g, ' ')), t.key);
    // "Sibling / family" and "Lives at / near" are read as their parts.
    for (const part of t.label.split('/')) map.set(norm(part), t.key);
    map.set(norm(t.label), t.key);
  }
  for (const [word, value] of Object.entries(synonyms)) map.set(norm(word), value);
  return map;
}

export const associationWords: Phrases<AssociationKind> = phrases(associationKinds, {
  friend: 'friendship',
  friends: 'friendship',
  mate: 'friendship',
  mates: 'friendship',
  sibling: 'family',
  siblings: 'family',
  brother: 'family',
  brothers: 'family',
  sister: 'family',
  sisters: 'family',
  cousin: 'family',
  cousins: 'family',
  related: 'family',
  partner: 'intimate',
  partners: 'intimate',
  dating: 'intimate',
  relationship: 'intimate',
  girlfriend: 'intimate',
  boyfriend: 'intimate',
  exploits: 'exploitation',
  exploit: 'exploitation',
  exploited: 'exploitation',
  grooms: 'exploitation',
  grooming: 'exploitation',
  violent: 'violence',
  assaults: 'violence',
  assaulted: 'violence',
  attacked: 'violence',
  attacks: 'violence',
  bullies: 'bullying',
  bullied: 'bullying',
  bully: 'bullying',
  crime: 'criminal',
  offending: 'criminal',
  'online contact': 'online',
  messages: 'online',
  trusted: 'protective',
  trusts: 'protective',
  supports: 'protective',
});

export const confidenceWords: Phrases<Confidence> = phrases(confidences, {
  confirm: 'confirmed',
  known: 'confirmed',
  verified: 'confirmed',
  reports: 'reported',
  said: 'reported',
  suspect: 'suspected',
  alleged: 'suspected',
  possible: 'suspected',
  possibly: 'suspected',
  rumoured: 'suspected',
  maybe: 'suspected',
});

type Agency = (typeof suggestedAgencies)[number];

/** Agencies by the names and abbreviations people say in meetings. */
export const agencyWords: Phrases<Agency> = phrases(
  suggestedAgencies.map((a) => ({ key: a, label: a })),
  {
    csc: "Children's social care",
    'social care': "Children's social care",
    'social services': "Children's social care",
    "children's services": "Children's social care",
    'social worker': "Children's social care",
    yos: 'Youth offending service',
    yot: 'Youth offending service',
    'youth offending': 'Youth offending service',
    'youth justice': 'Youth offending service',
    police: 'Police',
    snt: 'Safer neighbourhood team',
    school: 'Education',
    schools: 'Education',
    college: 'Education',
    housing: 'Housing',
    nhs: 'Health',
    camhs: 'Health',
    gp: 'Health',
    'school nurse': 'Health',
    'youth work': 'Youth service',
    'youth workers': 'Youth service',
    parks: 'Parks and open spaces',
    csp: 'Community safety',
    vcs: 'Voluntary sector',
    voluntary: 'Voluntary sector',
    charity: 'Voluntary sector',
  },
);

/** Kinds of place. "House" is left out on purpose: it is part of many names (Marlow House). */
export const placeKindWords: Phrases<PlaceKind> = phrases(placeKinds, {
  parks: 'park',
  rec: 'park',
  playground: 'park',
  field: 'park',
  college: 'school',
  academy: 'school',
  stairwell: 'estate',
  stairs: 'estate',
  flats: 'estate',
  block: 'estate',
  street: 'high-street',
  'town centre': 'high-street',
  takeaway: 'shop',
  'chicken shop': 'shop',
  store: 'shop',
  'off licence': 'shop',
  station: 'transport',
  'bus station': 'transport',
  'bus stop': 'transport',
  'train station': 'transport',
  interchange: 'transport',
  address: 'home',
  app: 'online',
});

export const riskWords: Phrases<RiskLevel> = phrases(riskLevels, {
  high: 'significant',
  'high risk': 'significant',
  'significant risk': 'significant',
  medium: 'moderate',
  'medium risk': 'moderate',
  'moderate risk': 'moderate',
  low: 'emerging',
  'low risk': 'emerging',
  'emerging risk': 'emerging',
  'no risk': 'none',
});

/** The verb of a place link: "Leon, Jay frequent Marlow House". */
export const placeLinkWords: Phrases<PlaceLinkKind> = phrases(placeLinkKinds, {
  frequent: 'frequents',
  'hang out at': 'frequents',
  'hangs out at': 'frequents',
  'seen at': 'frequents',
  'go to': 'frequents',
  'goes to': 'frequents',
  visit: 'frequents',
  visits: 'frequents',
  'live at': 'lives-at',
  'live near': 'lives-at',
  'lives near': 'lives-at',
  attend: 'attends',
  'safe at': 'safe-place',
  'feel safe at': 'safe-place',
  'feels safe at': 'safe-place',
  'travel through': 'travels-through',
  'pass through': 'travels-through',
  'passes through': 'travels-through',
});

export const harmWords: Phrases<HarmKind> = phrases(harmKinds, {
  'sexual exploitation': 'cse',
  'criminal exploitation': 'cce',
  'county lines': 'cce',
  drugs: 'cce',
  dealing: 'cce',
  exploitation: 'cce',
  robbery: 'violence',
  robbed: 'violence',
  mugging: 'violence',
  assault: 'violence',
  stabbing: 'violence',
  knife: 'violence',
  fight: 'violence',
  'relationship abuse': 'relationship-abuse',
  'sexual assault': 'hsb',
  'online harm': 'online',
});

export const incidentRoleWords: Phrases<IncidentRole> = phrases(incidentRoles, {
  victim: 'harmed',
  hurt: 'harmed',
  suspect: 'harming',
  perpetrator: 'harming',
  witnessed: 'witness',
  there: 'present',
});

export const groupRoleWords: Phrases<GroupRole> = phrases(groupRoles, {
  lead: 'leader',
  leads: 'leader',
  leading: 'leader',
  followers: 'follower',
  fringe: 'peripheral',
  edge: 'peripheral',
  unknown: 'not-known',
});

/** Small words that carry no meaning in a tail ("reported BY police", "FROM school"). */
export const fillerWords = new Set(['by', 'from', 'per', 'via', 'source', 'says', 'risk', 'as']);

/**
 * The longest phrase of `table` that starts at `words[at]`, or null. Phrases are at most four
 * words ("youth offending service", "off licence").
 */
export function phraseAt<V>(
  words: readonly string[],
  at: number,
  table: Phrases<V>,
): { value: V; length: number } | null {
  for (let length = Math.min(4, words.length - at); length >= 1; length--) {
    const value = table.get(norm(words.slice(at, at + length).join(' ')));
    if (value !== undefined) return { value, length };
  }
  return null;
}
