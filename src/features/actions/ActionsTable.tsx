import { useMemo, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { isOverdue } from '../../domain/actionStatus';
import { formatDate, todayString } from '../../domain/dates';
import type { Action } from '../../domain/records/action';
import { actionStatuses, labelOf } from '../../domain/vocabulary';
import type { Names } from '../names';
import type { ActionTarget } from './actionDraft';
import {
  agenciesOf,
  ANY,
  OPEN,
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

const columns: readonly { key: SortKey; label: string }[] = [
  { key: 'agency', label: 'Agency' },
  { key: 'due', label: 'Due' },
  { key: 'status', label: 'Status' },
];

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
    <th scope="col" aria-sort={sort.key === key ? sort.dir : 'none'}>
      <button type="button" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true">
          {sort.key === key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
  const col = (key: SortKey) => header(key, columns.find((c) => c.key === key)!.label);
  const nameOf = (a: Action) => targetName({ kind: a.targetKind, id: a.targetId }, content, names);
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
              <th scope="col">Action</th>
              {col('agency')}
              <th scope="col">Owner</th>
              {col('due')}
              <th scope="col">Review</th>
              {col('status')}
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
                  <td>{names.mask(a.description)}</td>
                  <td>{a.agency}</td>
                  <td>{a.owner}</td>
                  <td>{formatDate(a.dueDate)}</td>
                  <td>{formatDate(a.reviewDate)}</td>
                  <td>
                    {labelOf(actionStatuses, a.status)}
                    {overdue && <strong className="overdue-word"> · overdue</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
