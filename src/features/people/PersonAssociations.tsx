import { useMemo } from 'react';
import type { Association } from '../../domain/kinds/association';
import type { Person } from '../../domain/kinds/person';
import { NO_SELECTION, useUi } from '../../state/uiStore';
import { associationLines } from './personSummary';

/** The person's associations: with whom, kind, direction and confidence; each one selects it. */
export function PersonAssociations({
  person,
  associations,
  nameOf,
}: {
  person: Person;
  associations: readonly Association[];
  nameOf: (personId: string) => string;
}) {
  const lines = useMemo(
    () => associationLines(person, associations, nameOf),
    [person, associations, nameOf],
  );
  return (
    <section className="panel-section" aria-label="Associations">
      <h3>Associations ({lines.length})</h3>
      {lines.length === 0 ? (
        <p className="muted small">No associations recorded.</p>
      ) : (
        <ul className="person-associations">
          {lines.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => useUi.getState().select({ ...NO_SELECTION, associations: [l.id] })}
              >
                {l.text}
              </button>{' '}
              <span className="muted small">{l.confidence}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
