import { isOpen, isOverdue } from '../../domain/actionStatus';
import type { Action } from '../../domain/kinds/action';
import { actionStatuses } from '../../domain/vocabulary';

export type SortKey = 'due' | 'agency' | 'status';

/** The table's columns (action fields, see the action kind) that sort, and how. */
export const sortKeyOf: Partial<Record<string, SortKey>> = {
  dueDate: 'due',
  agency: 'agency',
  status: 'status',
};
export type SortDir = 'ascending' | 'descending';

/** "open" keeps planned and in-progress actions; a status key keeps only that status. */
export interface TableFilter {
  agency: string;
  status: string;
}

export const ANY = '';
export const OPEN = 'open';

const statusOrder = new Map<string, number>(actionStatuses.map((s, i) => [s.key, i]));

function compare(a: Action, b: Action, key: SortKey): number {
  if (key === 'agency') return a.agency.localeCompare(b.agency, 'en-GB');
  if (key === 'status') return (statusOrder.get(a.status) ?? 0) - (statusOrder.get(b.status) ?? 0);
  return a.dueDate.localeCompare(b.dueDate);
}

/** The table's rows: filtered, then sorted (ties by due date), and how many the filters hide. */
export function tableRows(
  actions: readonly Action[],
  filter: TableFilter,
  sort: { key: SortKey; dir: SortDir },
): { rows: Action[]; hidden: number } {
  const rows = actions.filter(
    (a) =>
      (filter.agency === ANY || a.agency === filter.agency) &&
      (filter.status === ANY || (filter.status === OPEN ? isOpen(a) : a.status === filter.status)),
  );
  const sign = sort.dir === 'ascending' ? 1 : -1;
  rows.sort((a, b) => sign * compare(a, b, sort.key) || a.dueDate.localeCompare(b.dueDate));
  return { rows, hidden: actions.length - rows.length };
}

/** Agencies named on the board's actions, for the filter, in alphabetical order. */
export function agenciesOf(actions: readonly Action[]): string[] {
  return [...new Set(actions.map((a) => a.agency))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** Open and overdue over the whole board, for the toolbar button's name. */
export function boardTotals(actions: readonly Action[], today: string) {
  let open = 0;
  let overdue = 0;
  for (const a of actions) {
    if (isOpen(a)) open += 1;
    if (isOverdue(a, today)) overdue += 1;
  }
  return { open, overdue };
}
