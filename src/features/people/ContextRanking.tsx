import { changeFirstWords, contextGlyph, rankContexts } from '../../domain/contextWeighting';
import type { Contexts } from '../../domain/records/contexts';
import { contextKeys } from '../../domain/vocabulary';
import './contexts.css';

const labelOf = (key: string) => contextKeys.find((c) => c.key === key)?.label ?? key;

/**
 * Which context must change first, in words and as the badge the diagram draws, then the full
 * order. Spoken when it changes, so a weight set from the keyboard is confirmed without looking.
 */
export function ContextRanking({ contexts }: { contexts: Contexts }) {
  const glyph = contextGlyph(contexts);
  const steps = rankContexts(contexts);
  return (
    <div className="context-ranking">
      <p role="status" className="context-ranking-words">
        {glyph && (
          <span className="context-glyph" aria-hidden="true">
            {glyph}
          </span>
        )}
        {changeFirstWords(contexts)}
      </p>
      {steps.length > 1 && (
        <ol aria-label="Order of change" className="context-order">
          {steps.map((s) => (
            <li key={s.weight}>
              {s.keys.map(labelOf).join(', ')} <span className="muted">(weight {s.weight})</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
