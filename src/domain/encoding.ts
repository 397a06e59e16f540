import {
  associationKinds,
  type AssociationKind,
  type Confidence,
  type GroupRole,
  type HarmRole,
  type PersonKind,
  type RiskLevel,
} from './vocabulary';

/**
 * How records look on the network diagram. One definition feeds the Cytoscape styles, the legend
 * (domain/legend.ts) and exports, so the two can never disagree. Every fill sits inside a dark outline, so shapes keep
 * 3:1 contrast against the canvas whatever the fill; line colours are at least 3:1 on white.
 */
export const personShape: Record<
  PersonKind,
  'ellipse' | 'diamond' | 'round-rectangle' | 'hexagon'
> = {
  'young-person': 'ellipse',
  'adult-of-concern': 'diamond',
  professional: 'round-rectangle',
  other: 'hexagon',
};

export const riskFill: Record<RiskLevel, string> = {
  'not-assessed': '#d5dbe1',
  none: '#a8d5b5',
  emerging: '#ffd966',
  moderate: '#f4a261',
  significant: '#e05252',
};

export const associationColour: Record<AssociationKind, string> = {
  friendship: '#3d6399',
  family: '#6b4e9b',
  intimate: '#a3336d',
  exploitation: '#b3261e',
  violence: '#7a1c1c',
  bullying: '#b34700',
  hsb: '#8c1a5e',
  criminal: '#5d4037',
  online: '#00695c',
  protective: '#1d7a36',
};

export const confidenceLine: Record<Confidence, 'solid' | 'dashed' | 'dotted'> = {
  confirmed: 'solid',
  reported: 'dashed',
  suspected: 'dotted',
};

export const OUTLINE = '#1a1d21';
export const SELECTED = '#c45500';

/** Notes pinned on the diagram. */
/** A suggested group's dashed outline: dark grey, unlike any group colour, so it reads as not yet a group. */
export const SUGGESTION_COLOUR = '#44505c';
export const NOTE_FILL = '#fff4b8';
export const NOTE_BORDER = '#8a6d00';

/**
 * Harm role is a coloured ring outside the shape (Cytoscape's node outline), so it never competes
 * with the risk fill. Two roles share a colour and differ in line style, so the ring reads without
 * colour too.
 */
export const harmRing: Record<HarmRole, { colour: string; width: number; style: RingStyle }> = {
  'not-known': { colour: '#ffffff', width: 0, style: 'solid' },
  harmed: { colour: '#1565c0', width: 5, style: 'solid' },
  harming: { colour: '#4a148c', width: 5, style: 'dashed' },
  both: { colour: '#4a148c', width: 7, style: 'double' },
};
export type RingStyle = 'solid' | 'dashed' | 'double';

/**
 * A member's role in a group shows as the shape's own outline: a leader's is heavy and double, a
 * peripheral member's dashed. Someone in several groups shows their most central role.
 */
export const groupRoleBorder: Record<GroupRole, { width: number; style: RingStyle }> = {
  'not-known': { width: 2.5, style: 'solid' },
  follower: { width: 2.5, style: 'solid' },
  leader: { width: 8, style: 'double' },
  peripheral: { width: 3, style: 'dashed' },
};
const roleRank: Record<GroupRole, number> = {
  leader: 3,
  follower: 2,
  peripheral: 1,
  'not-known': 0,
};
export function mostCentralRole(roles: readonly GroupRole[]): GroupRole {
  let best: GroupRole = 'not-known';
  for (const r of roles) if (roleRank[r] > roleRank[best]) best = r;
  return best;
}

const protectiveKinds = new Set<string>(
  associationKinds.filter((k) => k.protective).map((k) => k.key),
);
/** Whether an association of this kind is protective (drawn apart from harmful ones). */
export const isProtective = (kind: AssociationKind): boolean => protectiveKinds.has(kind);

/** Associations are drawn wider when protective, with a round mark in the middle. */
export const associationWidth = { harmful: 3, protective: 6 } as const;

/** An association past its review date is faded and marked so the room knows to check it. */
export const REVIEW_OPACITY = 0.4;
export const REVIEW_MARK = 'review';

/** Group outlines: colours offered for new groups, in turn; each is at least 3:1 on white. */
export const groupPalette = [
  '#1f6fb2',
  '#b35900',
  '#2e7d32',
  '#8e24aa',
  '#c62828',
  '#00838f',
  '#6d4c41',
  '#ad1457',
] as const;
