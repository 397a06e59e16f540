import type { BoardChecks } from './useChecks';
import { ConsideredFinding, OpenFinding, type FindingActions } from './FindingItem';

/**
 * The board's contextual checks: prompts from the briefings' supervision questions, never verdicts.
 * Non-modal, so the chair can keep working on the board while it is open.
 */
export function ChecksPanel({
  checks,
  onClose,
  ...actions
}: { checks: Pick<BoardChecks, 'open' | 'considered'>; onClose: () => void } & FindingActions) {
  const { open, considered } = checks;
  return (
    <section className="checks-panel" role="region" aria-label="Contextual checks">
      <header>
        <h2>Contextual checks</h2>
        <button type="button" onClick={onClose} aria-label="Close contextual checks">
          ×
        </button>
      </header>
      <p className="muted">Prompts to consider, not findings of fact.</p>
      {open.length === 0 ? (
        <p role="status">No open checks.</p>
      ) : (
        <ul className="check-list" aria-label="Open checks">
          {open.map((f) => (
            <OpenFinding key={f.key} finding={f} {...actions} />
          ))}
        </ul>
      )}
      {considered.length > 0 && (
        <details className="checks-considered">
          <summary>Considered: not applicable ({considered.length})</summary>
          <ul className="check-list" aria-label="Considered checks">
            {considered.map(({ finding, note }) => (
              <ConsideredFinding
                key={finding.key}
                finding={finding}
                reason={note.reason}
                by={note.by}
                at={note.at}
                {...actions}
              />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
