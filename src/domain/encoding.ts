import type { AssociationKind, Confidence, PersonKind, RiskLevel } from './vocabulary';

/**
 * How records look on the network diagram. One definition feeds the Cytoscape styles and (later)
 * the legend, so the two can never disagree. Every fill sits inside a dark outline, so shapes keep
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
