import type { ActionRow } from './packModel';

/** Every action on the board, one row each; overdue is said in words as well as marked. */
export function ActionLog({ rows }: { rows: readonly ActionRow[] }) {
  if (rows.length === 0) return <p>No actions have been recorded on this board.</p>;
  return (
    <table className="pack-table pack-actions">
      <colgroup>
        <col className="is-for" />
        <col className="is-action" />
        <col className="is-agency" />
        <col className="is-owner" />
        <col className="is-date" />
        <col className="is-date" />
        <col className="is-status" />
        <col className="is-outcome" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">For</th>
          <th scope="col">Action</th>
          <th scope="col">Agency</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Review</th>
          <th scope="col">Status</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={r.overdue ? 'is-overdue' : undefined}>
            <td>{r.target}</td>
            <td>{r.description}</td>
            <td>{r.agency}</td>
            <td>{r.owner}</td>
            <td>{r.due}</td>
            <td>{r.review}</td>
            <td>{r.status}</td>
            <td>{r.outcome}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
