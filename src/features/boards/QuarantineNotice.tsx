import type { QuarantinedRecord } from '../../db/loadValidation';

/** Records that failed validation on load are reported, not dropped: they stay stored, set aside. */
export function QuarantineNotice({ records }: { records: readonly QuarantinedRecord[] }) {
  if (records.length === 0) return null;
  return (
    <section className="quarantine" role="alert" aria-label="Records set aside">
      <strong>
        {records.length === 1
          ? '1 stored record could not be read'
          : `${records.length} stored records could not be read`}{' '}
        and {records.length === 1 ? 'is' : 'are'} kept aside, unchanged.
      </strong>{' '}
      They are not shown or changed until this is sorted out.
      <ul>
        {records.slice(0, 10).map((r) => (
          <li key={`${r.table}:${r.id}`}>
            A {r.noun} ({r.id}): {r.problem}
          </li>
        ))}
        {records.length > 10 && <li>and {records.length - 10} more</li>}
      </ul>
    </section>
  );
}
