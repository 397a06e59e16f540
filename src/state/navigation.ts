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

/** The problem profile report: `query` as features/profile/profileQuery.ts writes it. */
export function openProblemProfile(query: string): void {
  useUi.getState().navigate({ name: 'profile', query });
}

export function openBoardList(): void {
  useUi.getState().navigate({ name: 'boards' });
}
