import { useState } from 'react';
import { moveAgendaItem, type AgendaItem } from '../../domain/agenda';

interface Props {
  agenda: readonly AgendaItem[];
  /** Records that could be on the agenda but are not (the select offers them). */
  missing: readonly AgendaItem[];
  labelOf: (item: AgendaItem) => string;
  /** The item under discussion, marked in the list. */
  current: number;
  /** Moves the meeting to an item (its name is a button). */
  onGo: (index: number) => void;
  onChange: (agenda: AgendaItem[], label: string) => void;
}

const kindWord = { group: 'Group', person: 'Person', place: 'Place' } as const;

/**
 * The agenda in order, each item's name a button that goes to it, reordered with Move up / Move down (or by dragging a row), items removed
 * or added back. Each change is handed on as one whole agenda, to be saved as one undoable step.
 */
export function AgendaEditor({ agenda, missing, labelOf, current, onGo, onChange }: Props) {
  const [adding, setAdding] = useState('');
  const [dragged, setDragged] = useState<number | null>(null);
  const keyOf = (i: AgendaItem) => `${i.kind}:${i.id}`;
  const move = (index: number, by: -1 | 1) => {
    const label = labelOf(agenda[index]!);
    onChange(
      moveAgendaItem(agenda, index, by),
      `Move ${label} ${by < 0 ? 'up' : 'down'} the agenda`,
    );
    // Keep the keyboard on the item moved: React may move its row in the page, which drops focus.
    requestAnimationFrame(() => {
      const row = document.querySelector(`[data-agenda-row="${index + by}"]`);
      const same = row?.querySelector<HTMLButtonElement>(`[data-move="${by < 0 ? 'up' : 'down'}"]`);
      const other = row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)');
      (same && !same.disabled ? same : other)?.focus();
    });
  };
  const drop = (to: number) => {
    if (dragged === null || dragged === to) return;
    const next = [...agenda];
    const [item] = next.splice(dragged, 1);
    next.splice(to, 0, item!);
    onChange(next, `Move ${labelOf(item!)} on the agenda`);
    setDragged(null);
  };
  return (
    <section className="agenda-editor" aria-label="Agenda">
      <ol>
        {agenda.map((item, i) => {
          const label = labelOf(item);
          return (
            <li
              key={keyOf(item)}
              data-agenda-row={i}
              aria-current={i === current ? 'step' : undefined}
              draggable
              onDragStart={() => setDragged(i)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={() => drop(i)}
            >
              <span className="agenda-kind">{kindWord[item.kind]}</span>{' '}
              <button
                type="button"
                className="agenda-label"
                aria-current={i === current ? 'step' : undefined}
                onClick={() => onGo(i)}
              >
                {label}
              </button>
              <span className="agenda-buttons">
                <button
                  type="button"
                  data-move="up"
                  aria-label={`Move ${label} up`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  data-move="down"
                  aria-label={`Move ${label} down`}
                  disabled={i === agenda.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Remove ${label} from the agenda`}
                  onClick={() =>
                    onChange(
                      agenda.filter((_, j) => j !== i),
                      `Remove ${label} from the agenda`,
                    )
                  }
                >
                  ✕
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {missing.length > 0 && (
        <div className="agenda-add">
          <select
            aria-label="Item to add to the agenda"
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
          >
            <option value="">Choose…</option>
            {missing.map((m) => (
              <option key={keyOf(m)} value={keyOf(m)}>
                {kindWord[m.kind]}: {labelOf(m)}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!adding}
            onClick={() => {
              const item = missing.find((m) => keyOf(m) === adding);
              if (!item) return;
              onChange([...agenda, item], `Add ${labelOf(item)} to the agenda`);
              setAdding('');
            }}
          >
            Add to agenda
          </button>
        </div>
      )}
    </section>
  );
}
