import type { RunResult } from '../../commands/bus';
import type { Contexts } from '../../domain/records/contexts';
import { contextKeys, riskLevels, type ContextKey } from '../../domain/vocabulary';
import { EditableField } from '../../ui/EditableField';
import { HiddenWhilePresenterSafe } from '../names';
import { ContextRanking } from './ContextRanking';

interface Props {
  contexts: Contexts;
  /** Applies a change to the contexts as stored when the write happens. */
  edit: (apply: (current: Contexts) => Contexts) => Promise<RunResult>;
  onEndEdit: () => void;
  /** Presenter-safe: each context's free-text notes are kept off screen, saying so. */
  hideNotes?: boolean;
}

const weights = [0, 1, 2, 3, 4, 5].map((n) => ({
  key: String(n),
  label: n === 0 ? '0 (not a priority)' : n === 5 ? '5 (change first)' : String(n),
}));

/** Concern in each context, and which must change first for safety to increase. */
export function ContextsSection({ contexts, edit, onEndEdit, hideNotes = false }: Props) {
  const set = async (key: ContextKey, patch: Partial<Contexts[ContextKey]>) => {
    const result = await edit((current) => ({ ...current, [key]: { ...current[key], ...patch } }));
    return result.ok ? null : result.message;
  };
  return (
    <fieldset>
      <legend>Contexts</legend>
      <ContextRanking contexts={contexts} />
      <p className="muted small">
        Weight 0 to 5: 5 must change first for safety to increase. On a weight box, type the number.
      </p>
      {contextKeys.map((c) => (
        <div key={c.key} role="group" aria-label={c.label}>
          <h3>{c.label}</h3>
          <div className="grid2">
            <EditableField
              label={`${c.label}: concern`}
              control="select"
              options={riskLevels}
              value={contexts[c.key].concern}
              commit={(t) => set(c.key, { concern: t as Contexts[ContextKey]['concern'] })}
            />
            <EditableField
              label={`${c.label}: weight`}
              control="select"
              options={weights}
              value={String(contexts[c.key].weight)}
              commit={(t) => set(c.key, { weight: Number(t) })}
            />
          </div>
          {hideNotes ? (
            <HiddenWhilePresenterSafe label={`${c.label}: notes`} />
          ) : (
            <EditableField
              label={`${c.label}: notes`}
              control="text"
              value={contexts[c.key].notes}
              commit={(t) => set(c.key, { notes: t })}
              onEndEdit={onEndEdit}
            />
          )}
        </div>
      ))}
    </fieldset>
  );
}
