/** What a problem profile's address asks for (`#/profile?boards=<id>,<id>&named=1&from=board`). */
export interface ProfileAsked {
  boardIds: string[];
  /** The named internal version. */
  named: boolean;
  /** Opened from a board's menu: its Back link returns there. */
  fromBoard: boolean;
}

export function readProfileQuery(query: string): ProfileAsked {
  const q = new URLSearchParams(query);
  return {
    boardIds: [...new Set((q.get('boards') ?? '').split(',').filter(Boolean))],
    named: q.get('named') === '1',
    fromBoard: q.get('from') === 'board',
  };
}

export function profileQuery({ boardIds, named, fromBoard }: ProfileAsked): string {
  return `boards=${boardIds.map(encodeURIComponent).join(',')}${named ? '&named=1' : ''}${fromBoard ? '&from=board' : ''}`;
}
