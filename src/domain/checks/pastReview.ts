import { formatDate } from '../dates';
import { associationKinds, labelOf } from '../vocabulary';
import { associationInWords, findingKey, ref } from './shared';
import type { CheckFinding, CheckInput } from './types';

/**
 * Associations whose review date has passed, one finding each. The key carries the review date, so
 * setting a new one that passes in turn raises the prompt again.
 */
export function associationPastReview(input: CheckInput): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const a of input.associations) {
    if (!a.reviewDate || a.reviewDate >= input.today) continue;
    const from = input.nameOf(ref('person', a.fromId));
    const to = input.nameOf(ref('person', a.toId));
    const kind = associationInWords(labelOf(associationKinds, a.kind));
    findings.push({
      key: findingKey('association-past-review', a.id, a.reviewDate),
      rule: 'association-past-review',
      title: `Review overdue: ${from} – ${to}`,
      reason:
        `The ${kind} between ${from} and ${to} was due for review on ` +
        `${formatDate(a.reviewDate)}. Is it still accurate and still needed?`,
      records: [ref('association', a.id), ref('person', a.fromId), ref('person', a.toId)],
    });
  }
  return findings;
}

/** The board itself past its review date: is the mapping still needed, and for what? */
export function boardPastReview(input: CheckInput): CheckFinding[] {
  const { board } = input;
  if (board.reviewDate >= input.today) return [];
  return [
    {
      key: findingKey('board-past-review', board.reviewDate),
      rule: 'board-past-review',
      title: 'Board review overdue',
      reason:
        `This board was due for review on ${formatDate(board.reviewDate)}. ` +
        'Is the mapping still needed for its purpose, and is everything on it still accurate?',
      records: [ref('board', board.id)],
    },
  ];
}
