import type { ConsideredCheck, PackCheck } from './packChecks';

interface Props {
  open: readonly PackCheck[];
  considered: readonly ConsideredCheck[];
}

/** Open contextual checks, then those the group considered not applicable, with its reasons. */
export function ChecksSection({ open, considered }: Props) {
  return (
    <section className="pack-section pack-break" aria-labelledby="pack-checks">
      <h2 id="pack-checks">Contextual checks</h2>
      <p className="muted">Prompts from the board&rsquo;s records, not verdicts.</p>
      <h3>Open</h3>
      {open.length === 0 ? (
        <p>No open checks.</p>
      ) : (
        <ul className="pack-checks">
          {open.map((c) => (
            <li key={c.key}>
              <strong>{c.title}</strong>
              <br />
              {c.reason}
            </li>
          ))}
        </ul>
      )}
      <h3>Considered: not applicable</h3>
      {considered.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="pack-checks">
          {considered.map((c) => (
            <li key={c.key}>
              <strong>{c.title}</strong>
              <br />
              {c.reason}
              <br />
              Reason given: {c.consideredReason} ({c.by || 'name not recorded'}, {c.on})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
