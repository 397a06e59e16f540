import { useUi } from './uiStore';

/**
 * Where the app goes next. Features call these; the router in src/app keeps the address bar in
 * step with the route they set.
 */
export function openBoard(boardId: string): void {
  useUi.getState().navigate({ name: 'board', boardId });
}

/** The meeting pack of a board, for a chosen meeting or (null) the latest. */
export function openMeetingPack(boardId: string, meetingId: string | null = null): void {
  useUi.getState().navigate({ name: 'pack', boardId, meetingId });
}

/** The problem profile report of these boards (named: the named internal version). */
export function openProblemProfile(boardIds: string[], named = false, fromBoard = false): void {
  useUi.getState().navigate({ name: 'profile', boardIds, named, fromBoard });
}

export function openBoardList(): void {
  useUi.getState().navigate({ name: 'boards' });
}
