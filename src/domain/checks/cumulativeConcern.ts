import { formatDate } from '../dates';
import type { Board } from '../kinds/board';
import type { Indicator, Person } from '../kinds/person';
import { labelOf } from '../vocabulary';
import { findingKey, fingerprint, listInWords, ref } from './shared';
import type { CheckFinding, CheckInput } from './types';

/**
 * The person's indicators that count towards exploitation, oldest first, when two or more were
 * recorded on different dates; otherwise an empty list (nothing to draw together yet).
 */
export function cumulativeIndicators(person: Person, board: Board): Indicator[] {
  const exploitation = new Set(
    board.indicatorKinds.filter((k) => k.exploitation).map((k) => k.key),
  );
  const relevant = person.indicators.filter((i) => exploitation.has(i.kind));
  if (new Set(relevant.map((i) => i.date)).size < 2) return [];
  return [...relevant].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** "Missing episode (14 Jun 2026)": an indicator as the prompt lists it. */
export function indicatorInWords(indicator: Indicator, board: Board): string {
  return `${labelOf(board.indicatorKinds, indicator.kind)} (${formatDate(indicator.date)})`;
}

/**
 * Several exploitation indicators recorded at different times are drawn together as a cumulative
 * concern. The key carries the indicators involved, so a new one raises the prompt again even if
 * the earlier set was considered.
 */
export function cumulativeConcern(input: CheckInput): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const person of input.people) {
    const indicators = cumulativeIndicators(person, input.board);
    if (indicators.length === 0) continue;
    const name = input.nameOf(ref('person', person.id));
    findings.push({
      key: findingKey('cumulative-concern', person.id, fingerprint(indicators.map((i) => i.id))),
      rule: 'cumulative-concern',
      title: `Cumulative concern: ${name}`,
      reason:
        `${name} has ${indicators.length} indicators linked to exploitation, recorded at different ` +
        `times: ${listInWords(indicators.map((i) => indicatorInWords(i, input.board)))}. ` +
        'Taken together, do they show a cumulative concern about abuse?',
      records: [ref('person', person.id)],
    });
  }
  return findings;
}
