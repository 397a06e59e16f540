import type { Board } from './kinds/board';
import { todayString } from './dates';

/** How long a reason for keeping a board can be: it goes into the change log's line. */
export const REASON_MAX = 300;

/** A board whose retention date has passed: it should be deleted, or kept with a reason. */
export const pastRetention = (board: Board, today = todayString()): boolean =>
  board.retentionDate !== null && board.retentionDate < today;

/** Why a board cannot be kept until `until` for `reason`, or null. */
export function extensionProblem(
  until: string,
  reason: string,
  today = todayString(),
): string | null {
  if (!until) return 'Pick the date to keep the board until';
  if (until <= today) return 'Pick a date after today';
  if (reason.trim() === '') return 'Say why the board is kept: the change log records it';
  if (reason.trim().length > REASON_MAX) return `At most ${REASON_MAX} characters`;
  return null;
}
