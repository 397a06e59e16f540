import type { CheckFinding, CheckRecordRef, CheckRule } from './types';

/** What an action can be aimed at (an action's own target kinds). */
export interface AnswerTarget {
  kind: 'person' | 'group' | 'place' | 'board';
  id: string;
}

/**
 * A first wording for the action that answers each prompt. It names no one: the action is aimed at
 * the record, which the capture names (masked on the projector), and the chair rewords it.
 */
const SUGGESTIONS: Record<CheckRule, string> = {
  'cumulative-concern': 'Review the concerns about this young person together',
  'place-without-agency-action': 'Partner agency action to reduce the risk at this place',
  'harmful-sexual-behaviour-at-place': 'Safety plan for this place',
  'parenting-without-twinned-action': 'Work with the peer group alongside the parenting support',
  'group-across-practitioners': 'Coordinate the work with this group across agencies',
  'harmful-pair-same-school': 'Safety plan at school for the young people involved',
  'association-past-review': 'Review this association',
  'board-past-review': 'Review this board',
};

const AIMABLE = new Set<CheckRecordRef['kind']>(['person', 'group', 'place', 'board']);

export interface CheckAnswer {
  target: AnswerTarget;
  description: string;
}

/**
 * The action a finding suggests: aimed at the first record it is about that an action can be aimed
 * at (a group, a place, a person or the board), with a suggested description; null if none.
 */
export function answerOf(finding: CheckFinding): CheckAnswer | null {
  const aim = finding.records.find((r) => AIMABLE.has(r.kind));
  if (!aim) return null;
  return {
    target: { kind: aim.kind as AnswerTarget['kind'], id: aim.id },
    description: SUGGESTIONS[finding.rule],
  };
}
