import type { BoardContent } from '../../db/queries';
import type { Meeting } from '../../domain/kinds/meeting';

/** The meeting in progress on a board, if any (there is at most one). */
export const meetingInProgress = (content: Pick<BoardContent, 'meetings'>): Meeting | null =>
  content.meetings.find((m) => m.status === 'in-progress') ?? null;
