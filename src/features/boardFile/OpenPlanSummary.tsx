import type { KindCounts, OpenPlan } from '../../domain/formats/boardFile/openPlans';
import type { TableName } from '../../domain/kinds';
import { nounFor, tableNames } from '../../domain/kinds';
import type { Person } from '../../domain/kinds/person';
import { shownName } from '../../domain/naming';
import type { NamePolicy } from '../../domain/vocabulary';

const NAMES_SHOWN = 12;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function countsInWords(table: TableName, c: KindCounts): string {
  if (table === 'boards')
    return c.added ? 'The board itself: added' : 'The board’s own details: changed';
  const parts = [
    c.added && `${c.added.toLocaleString('en-GB')} added`,
    c.changed && `${c.changed.toLocaleString('en-GB')} changed`,
    c.removed && `${c.removed.toLocaleString('en-GB')} removed`,
  ].filter(Boolean);
  return `${capital(nounFor(table, 2))}: ${parts.join(', ')}`;
}

const entries = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'entry' : 'entries'}`;

function namesInWords(people: readonly Person[], policy: NamePolicy): string {
  const names = people.slice(0, NAMES_SHOWN).map((p) => shownName(p, policy));
  const more = people.length - names.length;
  return more > 0
    ? `${names.join(', ')} and ${more.toLocaleString('en-GB')} more`
    : names.join(', ');
}

/**
 * What a choice will change, before it is confirmed: counts by kind of record, and the people
 * added, changed or removed, named as the board's names policy (and presenter-safe) allows.
 */
export function OpenPlanSummary({ plan, policy }: { plan: OpenPlan; policy: NamePolicy }) {
  const lines = tableNames.flatMap((t) => {
    const c = plan.counts[t];
    return c ? [countsInWords(t, c)] : [];
  });
  const people = (['added', 'changed', 'removed'] as const).filter(
    (k) => plan.people[k].length > 0,
  );
  const nothing = lines.length === 0 && plan.logBroughtIn === 0;
  return (
    <div className="board-file-summary" aria-live="polite">
      {nothing ? (
        <p>Nothing would change: this device already has everything in the file.</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
          {plan.logBroughtIn > 0 && (
            <li>
              {`Change log: ${entries(plan.logBroughtIn)}`}
              {plan.choice !== 'add' &&
                ' brought in, after this device’s own (none of this device’s are removed)'}
            </li>
          )}
          {plan.logLeftOut && <li>The change log is not copied (as with Duplicate).</li>}
        </ul>
      )}
      {people.map((k) => (
        <p key={k}>
          <strong>People {k}:</strong> {namesInWords(plan.people[k], policy)}
        </p>
      ))}
    </div>
  );
}
