import { useMemo, useState, type ReactNode } from 'react';
import type { BoardContent } from '../../db/queries';
import { isOverdue } from '../../domain/actionStatus';
import { formatDate, todayString } from '../../domain/dates';
import { actionKind, type Action } from '../../domain/kinds/action';
import { columnsOf, formatValue } from '../../domain/kinds/fields';
import { actionStatuses, labelOf } from '../../domain/vocabulary';
import type { Names } from '../names';
import type { ActionTarget } from './actionDraft';
import {
  agenciesOf,
  ANY,
  OPEN,
  sortKeyOf,
  tableRows,
  type SortDir,
  type SortKey,
  type TableFilter,
} from './actionsTableModel';
import { targetName } from './targetName';

interface Props {
  content: Pick<BoardContent, 'actions' | 'people' | 'groups' | 'places'>;
  names: Names;
  /** A target's name was clicked: select it on the board. */
  onPick: (target: ActionTarget) => void;
}

/** After what each action is for, the fields the action kind shows as columns. */
const columns = columnsOf(actionKind.fields);

/** Every action on the board, sortable by due date, agency and status, filtered by agency and status. */
export function ActionsTable({ content, names, onPick }: Props) {
  const [filter, setFilter] = useState<TableFilter>({ agency: ANY, status: ANY });
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({
    key: 'due',
    dir: 'ascending',
  });
  const today = todayString();
  const { rows, hidden } = useMemo(
    () => tableRows(content.actions, filter, sort),
    [content.actions, filter, sort],
  );
  const agencies = useMemo(() => agenciesOf(content.actions), [content.actions]);
  const sortBy = (key: SortKey) =>
    setSort((s) => ({
      key,
      dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending',
    }));
  const header = (key: SortKey, label: string) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? sort.dir : 'none'}>
      <button type="button" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true">
          {sort.key === key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
  const nameOf = (a: Action) => targetName({ kind: a.targetKind, id: a.targetId }, content, names);
  /** Cells that show more than the stored text; any other column shows the value as it is. */
  const cells: Partial<Record<string, (a: Action, overdue: boolean) => ReactNode>> = {
    description: (a) => names.mask(a.description),
    dueDate: (a) => formatDate(a.dueDate),
    reviewDate: (a) => formatDate(a.reviewDate),
    status: (a, overdue) => (
      <>
        {labelOf(actionStatuses, a.status)}
        {overdue && <strong className="overdue-word"> · overdue</strong>}
      </>
    ),
  };
  return (
    <div className="actions-table">
      <div className="actions-table-filters">
        <label>
          Agency{' '}
          <select
            aria-label="Filter by agency"
            value={filter.agency}
            onChange={(e) => setFilter((f) => ({ ...f, agency: e.target.value }))}
          >
            <option value={ANY}>All agencies</option>
            {agencies.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          Status{' '}
          <select
            aria-label="Filter by status"
            value={filter.status}
            onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value }))}
          >
            <option value={ANY}>Any status</option>
            <option value={OPEN}>Open (planned or in progress)</option>
            {actionStatuses.map((s) => (
              <option key={s.key} value={s.key}>
                {s.label}
              </option>
            ))}
          </select>
        </label>{' '}
        <span role="status" className="small">
          {hidden > 0 ? `${hidden} hidden by filters` : ''}
        </span>
      </div>
      {content.actions.length === 0 ? (
        <p className="muted">No actions yet. Add one from a panel, or press Shift+A.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">For</th>
              {columns.map((c) => {
                const key = sortKeyOf[c.key];
                return key ? (
                  header(key, c.column.label)
                ) : (
                  <th key={c.key} scope="col">
                    {c.column.label}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              const overdue = isOverdue(a, today);
              return (
                <tr key={a.id} className={overdue ? 'is-overdue' : undefined}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onPick({ kind: a.targetKind, id: a.targetId })}
                    >
                      {a.targetKind === 'board' ? 'Whole board' : nameOf(a)}
                    </button>
                  </td>
                  {columns.map((c) => (
                    <td key={c.key}>
                      {cells[c.key]?.(a, overdue) ??
                        formatValue(c, (a as unknown as Record<string, unknown>)[c.key])}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
