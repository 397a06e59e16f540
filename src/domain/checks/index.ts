import type { Board } from '../kinds/board';
import { cumulativeConcern } from './cumulativeConcern';
import { groupAcrossPractitioners } from './groupAcrossPractitioners';
import { harmfulPairSameSchool } from './harmfulPairSameSchool';
import { harmfulSexualBehaviourAtPlace } from './harmfulSexualBehaviourAtPlace';
import { parentingWithoutTwinnedAction } from './parentingWithoutTwinnedAction';
import { associationPastReview, boardPastReview } from './pastReview';
import { placeWithoutAgencyAction } from './placeWithoutAgencyAction';
import type { CheckFinding, CheckInput } from './types';

export type { CheckFinding, CheckInput, CheckRecordRef, CheckRule } from './types';
export { cumulativeIndicators, indicatorInWords } from './cumulativeConcern';

/** Every rule of DESIGN §4.6, in the order findings are listed. */
const RULES = [
  cumulativeConcern,
  placeWithoutAgencyAction,
  harmfulSexualBehaviourAtPlace,
  parentingWithoutTwinnedAction,
  groupAcrossPractitioners,
  harmfulPairSameSchool,
  associationPastReview,
  boardPastReview,
] as const;

/** Runs all contextual checks on a board. Prompts, never verdicts. */
export function runChecks(input: CheckInput): CheckFinding[] {
  return RULES.flatMap((rule) => rule(input));
}

export type Considered = Board['considered'][number];

/** Findings still open: those nobody has marked "considered: not applicable". */
export function openFindings(
  findings: readonly CheckFinding[],
  considered: readonly Considered[],
): CheckFinding[] {
  const keys = new Set(considered.map((c) => c.key));
  return findings.filter((f) => !keys.has(f.key));
}

/**
 * Splits findings into open and considered, each considered one with the group's reason. A
 * considered key whose situation no longer arises is simply not shown.
 */
export function splitFindings(
  findings: readonly CheckFinding[],
  considered: readonly Considered[],
): { open: CheckFinding[]; considered: { finding: CheckFinding; note: Considered }[] } {
  const byKey = new Map(considered.map((c) => [c.key, c]));
  const open: CheckFinding[] = [];
  const done: { finding: CheckFinding; note: Considered }[] = [];
  for (const f of findings) {
    const note = byKey.get(f.key);
    if (note) done.push({ finding: f, note });
    else open.push(f);
  }
  return { open, considered: done };
}
