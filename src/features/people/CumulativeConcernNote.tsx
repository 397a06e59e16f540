import { cumulativeIndicators, indicatorInWords } from '../../domain/checks';
import type { Board } from '../../domain/kinds/board';
import type { Person } from '../../domain/kinds/person';
import './cumulativeConcern.css';

/**
 * The cumulative-concern prompt (the briefing's supervision question): exploitation indicators
 * recorded at different times, drawn together with their dates so the pattern is seen as one.
 */
export function CumulativeConcernNote({
  person,
  board,
  name,
}: {
  person: Person;
  board: Board;
  name: string;
}) {
  const indicators = cumulativeIndicators(person, board);
  if (indicators.length === 0) return null;
  return (
    <div className="cumulative-concern" role="note" aria-label="Cumulative concern">
      <p>
        <strong>Cumulative concern?</strong> {name} has {indicators.length} indicators linked to
        exploitation, recorded at different times:
      </p>
      <ol>
        {indicators.map((i) => (
          <li key={i.id}>{indicatorInWords(i, board)}</li>
        ))}
      </ol>
      <p className="muted">Taken together, do they show a cumulative concern about abuse?</p>
    </div>
  );
}
