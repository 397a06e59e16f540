import {
  memo,
  useDeferredValue,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { Person } from '../../domain/kinds/person';
import { matchesName } from '../../domain/nameSearch';
import { labelOf, riskLevels } from '../../domain/vocabulary';
import { useUi, NO_SELECTION } from '../../state/uiStore';

interface Props {
  people: readonly Person[];
  onShow: (personId: string) => void;
  /** The name the board's policy (and presenter-safe) allows on screen. */
  nameOf: (person: Person) => string;
  /** Search only the name forms that may be shown (initials, pseudonym). */
  safeSearch: boolean;
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

interface RowProps {
  id: string;
  personId: string;
  index: number;
  name: string;
  risk: Person['riskLevel'];
  selected: boolean;
  active: boolean;
  onPick: (index: number, e: MouseEvent) => void;
}

// Rows are memoised: adding one person to a board of thousands re-renders one row, not all of them.
const PersonOption = memo(function PersonOption({
  id,
  personId,
  index,
  name,
  risk,
  selected,
  active,
  onPick,
}: RowProps) {
  return (
    <li
      id={id}
      // Benchmarks find the person behind an option by it; nothing in the app reads it.
      data-person-id={personId}
      role="option"
      aria-selected={selected}
      className={active ? 'active' : undefined}
      onClick={(e) => onPick(index, e)}
    >
      <span>{name}</span>
      <span className="meta">{risk === 'not-assessed' ? '' : labelOf(riskLevels, risk)}</span>
    </li>
  );
});

/**
 * Everyone on the board as a keyboard-operable list: the accessible twin of the diagram. Arrow keys
 * move, Space adds or removes from the selection, Enter selects only that person.
 */
const NOBODY: readonly Person[] = [];

export function PeopleList({ people: current, onShow, nameOf: currentNameOf, safeSearch }: Props) {
  // On a large board the diagram is drawn first; the list follows in the next idle moment. The
  // namer is deferred with the people: it is made anew with every change to them, and a new namer
  // with the old people sorted all of them again inside the edit's own render.
  const people = useDeferredValue(current, NOBODY);
  const nameOf = useDeferredValue(currentNameOf);
  const [query, setQuery] = useState('');
  // Everyone, in name order, narrowed to those whose any name form matches what was typed.
  const sorted = useMemo(
    () =>
      people
        .filter((p) => matchesName(p, query, safeSearch ? 'safe' : 'all'))
        .map((p) => ({ p, name: nameOf(p) }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    [people, query, nameOf, safeSearch],
  );
  const selected = useUi((s) => s.selection.people);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const [active, setActive] = useState(0);
  const baseId = useId();
  const listRef = useRef<HTMLUListElement>(null);
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
    ui.select({ ...NO_SELECTION, people });
    onShow(person.id);
  };

  const sortedRef = useRef(sorted);
  sortedRef.current = sorted;
  const chooseRef = useRef(choose);
  chooseRef.current = choose;
  const onPick = useCallback((index: number, e: MouseEvent) => {
    const person = sortedRef.current[index]?.p;
    if (!person) return;
    setActive(index);
    chooseRef.current(person, e.ctrlKey || e.metaKey ? 'toggle' : e.shiftKey ? 'add' : 'only');
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const current = sorted[activeIndex]?.p;
    const move = (to: number) => {
      const next = Math.max(0, Math.min(sorted.length - 1, to));
      setActive(next);
      const person = sorted[next]?.p;
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
      {people.length > 0 && (
        <div className="people-search">
          <input
            type="search"
            aria-label="Find a person"
            placeholder="Find a person…"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              const first = sorted[0]?.p;
              if (e.key === 'Enter' && first) {
                e.preventDefault();
                choose(first, 'only');
              } else if (e.key === 'ArrowDown' && first) {
                e.preventDefault();
                listRef.current?.focus();
              } else if (e.key === 'Escape' && query) {
                e.stopPropagation();
                setQuery('');
              }
            }}
          />
          {query && (
            <p className="muted" role="status">
              {sorted.length === 0
                ? `No one matches “${query}”.`
                : `${sorted.length} of ${people.length} shown`}
            </p>
          )}
        </div>
      )}
      {people.length === 0 ? (
        <p className="muted" style={{ padding: '0 0.8rem' }}>
          Nobody yet.
        </p>
      ) : sorted.length === 0 ? null : (
        <ul
          ref={listRef}
          role="listbox"
          aria-multiselectable="true"
          aria-labelledby={`${baseId}-label`}
          tabIndex={0}
          aria-activedescendant={`${baseId}-${activeIndex}`}
          onKeyDown={onKeyDown}
        >
          {sorted.map(({ p, name }, i) => (
            <PersonOption
              key={p.id}
              id={`${baseId}-${i}`}
              personId={p.id}
              index={i}
              name={name}
              risk={p.riskLevel}
              selected={selectedSet.has(p.id)}
              active={i === activeIndex}
              onPick={onPick}
            />
          ))}
        </ul>
      )}
    </nav>
  );
}
