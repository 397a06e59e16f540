import type { Group } from '../../domain/kinds/group';
import type { Membership } from '../../domain/kinds/membership';
import { useUi, NO_SELECTION } from '../../state/uiStore';

/** The board's groups: pick one to see and edit it (its outline is highlighted on the diagram). */
export function GroupsList({
  groups,
  memberships,
  mask,
}: {
  groups: readonly Group[];
  memberships: readonly Membership[];
  /** Group names can hold people's names: masked like any free text. */
  mask: (text: string) => string;
}) {
  const selected = useUi((s) => s.selection.groups);
  const count = (id: string) => memberships.filter((m) => m.groupId === id).length;
  return (
    <nav className="groups-list" aria-label="Groups on this board">
      <h2>Groups ({groups.length})</h2>
      {groups.length === 0 ? (
        <p className="muted small">Select people and press G to make a group.</p>
      ) : (
        <ul>
          {[...groups]
            .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
            .map((g) => {
              const n = count(g.id);
              return (
                <li key={g.id}>
                  <button
                    type="button"
                    aria-pressed={selected.includes(g.id)}
                    onClick={() => useUi.getState().select({ ...NO_SELECTION, groups: [g.id] })}
                  >
                    <span
                      className="group-swatch"
                      style={{ borderColor: g.colour }}
                      aria-hidden="true"
                    />
                    {mask(g.name)}
                    <span className="meta">
                      {' '}
                      · {n} {n === 1 ? 'member' : 'members'}
                    </span>
                  </button>
                </li>
              );
            })}
        </ul>
      )}
    </nav>
  );
}
