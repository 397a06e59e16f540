import type { Action } from './kinds/action';

/** Planned or in progress: still to be done. Done and dropped actions are closed. */
export function isOpen(action: Pick<Action, 'status'>): boolean {
  return action.status === 'planned' || action.status === 'in-progress';
}

/** Open and past its due date (`today` as `YYYY-MM-DD`; due today is not yet overdue). */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: string): boolean {
  return isOpen(action) && action.dueDate < today;
}

export interface ActionCounts {
  open: number;
  overdue: number;
}

/** Open and overdue actions per target id (people, groups, places, or the board's own id). */
export function countsByTarget(
  actions: readonly Action[],
  today: string,
): ReadonlyMap<string, ActionCounts> {
  const out = new Map<string, ActionCounts>();
  for (const a of actions) {
    if (!isOpen(a)) continue;
    const c = out.get(a.targetId) ?? { open: 0, overdue: 0 };
    c.open += 1;
    if (a.dueDate < today) c.overdue += 1;
    out.set(a.targetId, c);
  }
  return out;
}

/** The counts in words, for lists and screen readers: "2 open actions, 1 overdue". */
export function describeCounts({ open, overdue }: ActionCounts): string {
  if (open === 0) return 'No open actions';
  const words = `${open} open action${open === 1 ? '' : 's'}`;
  return overdue > 0 ? `${words}, ${overdue} overdue` : words;
}

/** The short badge drawn on a node or marker: "2" and "!1" for two open, one overdue. */
export function badgeParts({ open, overdue }: ActionCounts): { open: string; overdue: string } {
  return { open: open > 0 ? String(open) : '', overdue: overdue > 0 ? `!${overdue}` : '' };
}
