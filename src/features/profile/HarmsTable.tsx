import type { ProblemProfile } from '../../domain/analysis/problemProfile';
import { harmKinds, labelOf, type HarmKind } from '../../domain/vocabulary';
import { monthLabel } from './profileWords';

/** The chart's figures as a table: the same counts for anyone who cannot read the bars. */
export function HarmsTable({
  months,
  kinds,
}: {
  months: ProblemProfile['harmsByMonth'];
  kinds: readonly HarmKind[];
}) {
  return (
    <table className="profile-table profile-harms-table">
      <caption>
        Incidents by month and kind of harm (an incident of two kinds counts in both)
      </caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {kinds.map((k) => (
            <th key={k} scope="col">
              {labelOf(harmKinds, k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}>
            <th scope="row">{monthLabel(m.month)}</th>
            {kinds.map((k) => (
              <td key={k}>{m.counts[k] ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
