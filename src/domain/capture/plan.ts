import type {
  AssociationKind,
  Confidence,
  GroupRole,
  HarmKind,
  IncidentRole,
  PlaceKind,
  PlaceLinkKind,
  RiskLevel,
} from '../vocabulary';

/** What the capture line knows of the board: its names, to match what the chair types. */
export interface BoardNames {
  people: readonly { id: string; displayName: string; fullName: string; initials: string }[];
  groups: readonly { id: string; name: string }[];
  places: readonly { id: string; name: string }[];
}

/**
 * A person in a plan: `ref` is the id of someone on the board, or `new:<n>` for someone the line
 * adds (the command gives them an id).
 */
export interface PersonRef {
  ref: string;
  name: string;
}

export const isNewRef = (ref: string) => ref.startsWith('new:');

export interface NewPerson extends PersonRef {
  leadAgency: string;
  leadPractitioner: string;
}

export type Subject =
  { kind: 'person'; who: PersonRef } | { kind: 'group'; id: string; name: string };

export type ActionTarget = {
  kind: 'person' | 'group' | 'place' | 'board';
  /** A person's ref (maybe new), or a group's or place's id; '' for the board. */
  ref: string;
  name: string;
};

/** What one line records. */
export type CaptureRecord =
  | {
      kind: 'person';
      /** Someone already on the board whose agency and practitioner are set; null for a new person. */
      existing: { id: string; name: string } | null;
      leadAgency: string;
      leadPractitioner: string;
    }
  | {
      kind: 'associations';
      pairs: readonly { from: PersonRef; to: PersonRef }[];
      associationKind: AssociationKind;
      directed: boolean;
      confidence: Confidence | null;
      sourceAgency: string;
    }
  | {
      kind: 'group';
      existing: { id: string } | null;
      name: string;
      members: readonly { who: PersonRef; role: GroupRole }[];
    }
  | { kind: 'place'; name: string; placeKind: PlaceKind; riskLevel: RiskLevel }
  | {
      kind: 'placeLinks';
      subjects: readonly Subject[];
      place: { id: string; name: string };
      linkKind: PlaceLinkKind;
      confidence: Confidence | null;
      source: string;
    }
  | {
      kind: 'incident';
      occurredAt: string;
      place: { id: string; name: string };
      harmKinds: readonly HarmKind[];
      involved: readonly { who: PersonRef; role: IncidentRole }[];
    }
  | {
      kind: 'action';
      agency: string;
      partners: readonly string[];
      description: string;
      target: ActionTarget;
      dueDate: string;
    };

export interface CapturePlan {
  record: CaptureRecord;
  /** People the line adds to the board, in the order they were named. */
  newPeople: readonly NewPerson[];
  /** The plain sentence shown when the line is recorded. */
  echo: string;
}

/**
 * A line that cannot be recorded: the reason in plain words, and the exact words (as typed) that
 * were not understood, for the line to highlight. `words` may be empty when every word was read
 * but something is missing or ambiguous.
 */
export interface CaptureRefusal {
  problem: string;
  words: readonly string[];
}

export type CaptureResult =
  { ok: true; plan: CapturePlan } | { ok: false; refusal: CaptureRefusal };
