import { useEffect, useMemo, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { useSuggestions } from '../../state/suggestionStore';
import type { AcceptGroup } from './acceptGroup';
import type { Names } from '../names';
import { suggestionsFor } from './suggestedGroups';

/** Suggestions dismissed this session, by board: they stay dismissed while the tab is open. */
const dismissedByBoard = new Map<string, Set<string>>();
const NAMES_SHOWN = 8;

/**
 * Suggested groups: people more linked among themselves than with others. Drawn dashed on the
 * diagram while this card shows them; each becomes a group only when the chair accepts it (one
 * step to undo), under the name typed here, or is dismissed.
 */
export function SuggestedGroupsCard({
  content,
  names,
  groups,
  acceptGroup,
}: {
  content: BoardContent;
  names: Names;
  groups: string[][];
  acceptGroup: AcceptGroup;
}) {
  const boardId = content.board.id;
  const dismissed = useMemo(() => {
    const set = dismissedByBoard.get(boardId) ?? new Set<string>();
    dismissedByBoard.set(boardId, set);
    return set;
  }, [boardId]);
  const [, setDismissals] = useState(0);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<{ key: string; message: string } | null>(null);
  const all = useMemo(
    () => suggestionsFor(groups, content.groups, content.memberships),
    [groups, content.groups, content.memberships],
  );
  const open = all.filter((s) => !s.matches && !dismissed.has(s.key));
  const recorded = all.filter((s) => s.matches);
  const nameOf = (i: number, key: string) => typed[key] ?? `Suggested group ${i + 1}`;
  const show = useSuggestions((s) => s.show);
  const clear = useSuggestions((s) => s.clear);
  const outlines = open.map((s, i) => ({
    id: s.key,
    name: nameOf(i, s.key),
    memberIds: s.memberIds,
  }));
  const outlineKey = outlines.map((o) => `${o.id}=${o.name}`).join('|');
  useEffect(() => {
    show(outlines);
    // Only when what is drawn changes (outlines is rebuilt on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outlineKey, show]);
  useEffect(() => clear, [clear]);

  const byId = new Map(content.people.map((p) => [p.id, p]));
  const listNames = (ids: readonly string[]) => {
    const shown = ids
      .slice(0, NAMES_SHOWN)
      .map((id) => byId.get(id))
      .flatMap((p) => (p ? [names.of(p)] : []));
    return ids.length > NAMES_SHOWN
      ? `${shown.join(', ')} and ${ids.length - NAMES_SHOWN} more`
      : shown.join(', ');
  };
  const accept = async (key: string, name: string, memberIds: readonly string[]) => {
    const result = await acceptGroup(content, name.trim(), memberIds);
    setProblem(result.ok ? null : { key, message: result.message });
  };
  const dismiss = (key: string) => {
    dismissed.add(key);
    setDismissals((n) => n + 1);
  };

  return (
    <section className="analysis-card" aria-label="Suggested groups">
      <h3>Suggested groups</h3>
      <p>
        People more linked among themselves than with others, found by a community method (Louvain).
        Suggestions only: nothing becomes a group unless you accept it.
      </p>
      {open.length === 0 ? (
        <p role="status">
          {all.length === 0
            ? 'No suggested groups: nobody here forms a cluster of three or more.'
            : 'No suggestions left to consider.'}
        </p>
      ) : (
        <ol className="analysis-suggestions">
          {open.map((s, i) => {
            const name = nameOf(i, s.key);
            const fieldId = `suggestion-name-${i}`;
            return (
              <li key={s.key} aria-label={`Suggestion ${i + 1}, ${s.memberIds.length} people`}>
                <p>
                  <strong>{s.memberIds.length} people:</strong> {listNames(s.memberIds)}
                </p>
                <label htmlFor={fieldId}>Name for suggestion {i + 1}</label>
                <input
                  id={fieldId}
                  value={name}
                  onChange={(e) => setTyped({ ...typed, [s.key]: e.target.value })}
                />
                {problem?.key === s.key && <p role="alert">{problem.message}</p>}
                <div className="analysis-buttons">
                  <button type="button" onClick={() => void accept(s.key, name, s.memberIds)}>
                    Accept as a group
                  </button>
                  <button type="button" onClick={() => dismiss(s.key)}>
                    Dismiss
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {recorded.length > 0 && (
        <p className="muted">
          Already recorded as groups: {recorded.map((s) => names.mask(s.matches!.name)).join(', ')}.
        </p>
      )}
      <p className="analysis-note">
        A cluster of recorded links is not a gang or a group that acts together: talk to the people
        who know them before accepting one. Dismissed suggestions stay dismissed until this tab is
        closed.
      </p>
    </section>
  );
}
