import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Person } from '../../domain/records/person';
import { labelOf, riskLevels } from '../../domain/vocabulary';
import { useUi } from '../../state/uiStore';

interface Props {
  people: readonly Person[];
  onShow: (personId: string) => void;
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/**
 * Everyone on the board as a keyboard-operable list: the accessible twin of the diagram. Arrow keys
 * move, Space adds or removes from the selection, Enter selects only that person.
 */
export function PeopleList({ people, onShow }: Props) {
  const sorted = useMemo(
    () => [...people].sort((a, b) => collator.compare(a.displayName, b.displayName)),
    [people],
  );
  const selected = useUi((s) => s.selection.people);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const [active, setActive] = useState(0);
  const baseId = useId();
  const activeIndex = Math.min(active, Math.max(0, sorted.length - 1));

  const choose = (person: Person, mode: 'only' | 'toggle' | 'add') => {
    const ui = useUi.getState();
    const current = ui.selection.people;
    const people =
      mode === 'only'
        ? [person.id]
        : current.includes(person.id)
          ? mode === 'toggle'
            ? current.filter((id) => id !== person.id)
            : current
          : [...current, person.id];
    ui.select({ people, associations: [] });
    onShow(person.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const current = sorted[activeIndex];
    const move = (to: number) => {
      const next = Math.max(0, Math.min(sorted.length - 1, to));
      setActive(next);
      const person = sorted[next];
      if (person && e.shiftKey) choose(person, 'add');
      document.getElementById(`${baseId}-${next}`)?.scrollIntoView({ block: 'nearest' });
    };
    switch (e.key) {
      case 'ArrowDown':
        move(activeIndex + 1);
        break;
      case 'ArrowUp':
        move(activeIndex - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(sorted.length - 1);
        break;
      case ' ':
        if (current) choose(current, 'toggle');
        break;
      case 'Enter':
        if (current) choose(current, 'only');
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <nav className="people-list" aria-label="People on this board">
      <h2 id={`${baseId}-label`}>People ({people.length})</h2>
      {sorted.length === 0 ? (
        <p className="muted" style={{ padding: '0 0.8rem' }}>
          Nobody yet.
        </p>
      ) : (
        <ul
          role="listbox"
          aria-multiselectable="true"
          aria-labelledby={`${baseId}-label`}
          tabIndex={0}
          aria-activedescendant={`${baseId}-${activeIndex}`}
          onKeyDown={onKeyDown}
        >
          {sorted.map((p, i) => (
            <li
              key={p.id}
              id={`${baseId}-${i}`}
              role="option"
              aria-selected={selectedSet.has(p.id)}
              className={i === activeIndex ? 'active' : undefined}
              onClick={(e) => {
                setActive(i);
                choose(p, e.ctrlKey || e.metaKey ? 'toggle' : e.shiftKey ? 'add' : 'only');
              }}
            >
              <span>{p.displayName}</span>
              <span className="meta">
                {p.riskLevel === 'not-assessed' ? '' : labelOf(riskLevels, p.riskLevel)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
