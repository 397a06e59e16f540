import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { runCommand } from '../../commands/bus';
import { recordCaptureLine } from '../../commands/capture/recordCaptureLine';
import type { BoardContent } from '../../db/queries';
import {
  acceptSuggestion,
  nearNames,
  nearNamesProblem,
  parseCaptureLine,
  suggestNames,
  type CaptureRefusal,
  type Suggestion,
} from '../../domain/capture';
import { todayString } from '../../domain/dates';
import { groupPalette } from '../../domain/encoding';
import { useStatus } from '../../state/statusStore';
import { useViews } from '../../state/viewStore';
import { undoIn } from '../history';
import type { Names } from '../names';
import { focusBeforeOpening, startPlacing, stopPlacing, useCaptureLine } from './captureLineStore';
import { RefusedLine } from './RefusedLine';
import { revealWhenDrawn, spotsForNewPeople } from './spots';
import './captureLine.css';

interface Props {
  content: BoardContent;
  names: Names;
  handleRef: RefObject<NetworkHandle | null>;
  /** What was typed in the stand-in box while this part of the app was being fetched. */
  initialText?: string;
}

const whatWords: Record<Suggestion['what'], string> = {
  person: 'person',
  group: 'group',
  place: 'place',
};

/**
 * The capture line (C): the chair types what they hear in shorthand (README "Capture line"), Enter
 * records it as one undoable step and says it back in the messages; the line stays open for the
 * next. A line it cannot read is shown back with the words not understood marked, and nothing is
 * stored. Names on the board are offered as you type (arrows to choose, Tab or Enter to take one).
 */
export function CaptureLine({ content, names, handleRef, initialText = '' }: Props) {
  const [text, setText] = useState(initialText);
  const [refused, setRefused] = useState<{ line: string; refusal: CaptureRefusal } | null>(null);
  const [active, setActive] = useState(-1);
  const [hidden, setHidden] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const lastEcho = useRef<number | null>(null);
  const confirmedNew = useRef<string | null>(null);
  const ids = useId();
  const placing = useCaptureLine((s) => s.placing);
  const asked = useCaptureLine((s) => s.asked);
  // C again while the line is open (focus elsewhere on the board) brings the focus back to it.
  useEffect(() => input.current?.focus(), [asked]);
  const boardId = content.board.id;

  // A layout effect: the focus moves from the stand-in box in the same task as the swap, so no key
  // typed meanwhile lands on the page (an effect runs after a paint, and keys go astray between).
  useLayoutEffect(() => {
    returnTo.current = focusBeforeOpening() ?? document.activeElement;
    const box = input.current;
    box?.focus();
    // Carry on typing after what went into the stand-in box.
    box?.setSelectionRange(box.value.length, box.value.length);
    return () => {
      const back = returnTo.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    };
  }, []);

  const board = useMemo(
    () => ({ people: content.people, groups: content.groups, places: content.places }),
    [content.people, content.groups, content.places],
  );
  const suggestions = useMemo(
    () => (hidden ? [] : suggestNames(text, board)),
    [text, board, hidden],
  );
  const listOpen = suggestions.length > 0;

  const edit = (value: string) => {
    setText(value);
    setActive(-1);
    setHidden(false);
  };
  const accept = (s: Suggestion) => edit(acceptSuggestion(text, s));
  const close = () => {
    useCaptureLine.getState().setPlacing(null);
    useCaptureLine.getState().setOpen(false);
  };

  async function record() {
    const parsed = parseCaptureLine(text, board, todayString());
    if (!parsed.ok) return setRefused({ line: text, refusal: parsed.refusal });
    const { plan } = parsed;
    // A name one slip from someone on the board is asked about once; Enter on the same line again
    // means the chair does mean someone new.
    const near = nearNames(plan.newPeople, board.people);
    if (near.length > 0 && confirmedNew.current !== text) {
      confirmedNew.current = text;
      return setRefused({
        line: text,
        refusal: { problem: nearNamesProblem(near), words: near.map((n) => n.typed) },
      });
    }
    confirmedNew.current = null;
    const { command, ids: made } = recordCaptureLine(boardId, plan, {
      spots: spotsForNewPeople(plan.newPeople.length, content, handleRef.current),
      groupColour: groupPalette[content.groups.length % groupPalette.length]!,
      space: content.board.basemap.kind === 'image' ? 'image' : 'geo',
    });
    const result = await runCommand(command);
    if (!result.ok)
      return setRefused({ line: text, refusal: { problem: result.message, words: [] } });
    setRefused(null);
    edit('');
    // One sentence at a time: a chair typing line after line would otherwise stack them over the
    // diagram. The last line's stays, with its Undo.
    const status = useStatus.getState();
    if (lastEcho.current !== null) status.dismiss(lastEcho.current);
    status.notify({ tone: 'info', text: plan.echo, undoScope: boardId });
    lastEcho.current = useStatus.getState().notices.at(-1)?.id ?? null;
    const first = made.people[0];
    if (first) revealWhenDrawn(() => handleRef.current, first);
    if (made.place && plan.record.kind === 'place' && useViews.getState().views !== 'network')
      startPlacing({ id: made.place, name: plan.record.name });
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const chosen = suggestions[active];
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (!listOpen) return;
        // -1 is the box itself: past either end of the list, back to what was typed.
        setActive((i) =>
          e.key === 'ArrowDown'
            ? i + 1 >= suggestions.length
              ? -1
              : i + 1
            : i <= -1
              ? suggestions.length - 1
              : i - 1,
        );
        break;
      case 'Tab':
        if (!listOpen || e.shiftKey) return;
        accept(chosen ?? suggestions[0]!);
        break;
      case 'Enter':
        if (chosen) accept(chosen);
        else void record();
        break;
      case 'Escape':
        if (listOpen) setHidden(true);
        else if (placing) stopPlacing();
        else close();
        break;
      case 'z':
      case 'Z':
        // Ctrl+Z on an empty line undoes the last line recorded, without leaving the box.
        if (!(e.ctrlKey || e.metaKey) || e.shiftKey || text !== '') return;
        // The sentence of the line taken back no longer says what is on the board.
        if (lastEcho.current !== null) useStatus.getState().dismiss(lastEcho.current);
        lastEcho.current = null;
        void undoIn(boardId);
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  const listId = `${ids}-names`;
  const optionId = (i: number) => `${ids}-name-${i}`;
  return (
    <section className="capture-line" aria-label="Capture line">
      <label htmlFor={`${ids}-input`} className="capture-line-label">
        Capture
      </label>
      <input
        id={`${ids}-input`}
        ref={input}
        className="capture-line-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={listOpen}
        aria-controls={listId}
        aria-activedescendant={active >= 0 && listOpen ? optionId(active) : undefined}
        aria-invalid={refused !== null && refused.line === text}
        aria-describedby={`${ids}-help ${refused ? `${ids}-refusal` : ''}`.trim()}
        value={text}
        placeholder="Leon - Jay friends · place Marlow House stairwell high risk"
        onChange={(e) => edit(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Names on the board"
        className="capture-line-names"
        hidden={!listOpen}
      >
        {suggestions.map((s, i) => (
          <li
            key={`${s.what}:${s.name}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              // Keep focus in the box: a click takes the name like Tab does.
              e.preventDefault();
              accept(s);
              input.current?.focus();
            }}
          >
            {names.hiding ? names.mask(s.name) : s.name}{' '}
            <span className="small muted">{whatWords[s.what]}</span>
          </li>
        ))}
      </ul>
      {refused && (
        <RefusedLine id={`${ids}-refusal`} line={refused.line} refusal={refused.refusal} />
      )}
      {placing && (
        <p className="capture-line-placing" role="status">
          Click the map to place <strong>{placing.name}</strong> (Escape leaves it unplaced).
        </p>
      )}
      <p id={`${ids}-help`} className="small muted capture-line-help">
        Enter records the line · Tab takes a name · Escape closes · shorthand in the README
        (“Capture line”)
      </p>
      <button type="button" className="capture-line-close" onClick={close}>
        Close capture line
      </button>
    </section>
  );
}
