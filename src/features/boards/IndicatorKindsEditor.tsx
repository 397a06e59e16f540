import { useState, type FormEvent } from 'react';
import { runCommand, type RunResult } from '../../commands/bus';
import {
  addIndicatorKind,
  flagIndicatorKind,
  removeIndicatorKind,
  renameIndicatorKind,
} from '../../commands/boards/indicatorKinds';
import { history } from '../../commands/history';
import { duplicateLabel, indicatorUsesByKind } from '../../domain/indicatorKinds';
import type { Board } from '../../domain/kinds/board';
import type { Person } from '../../domain/kinds/person';
import { nameProblem } from '../../domain/text';
import { EditableField } from '../../ui/EditableField';
import { FieldShell } from '../../ui/fields';
import './indicatorKinds.css';

interface Props {
  board: Board;
  people: readonly Pick<Person, 'indicators'>[];
}

const problemOf = (result: RunResult) => (result.ok ? null : result.message);

/**
 * The board's own list of indicators (missing episodes, injuries…): add, rename, remove, and mark
 * which count towards a cumulative concern about exploitation. A kind still used by a recorded
 * indicator cannot be removed; the refusal says how many use it.
 */
export function IndicatorKindsEditor({ board, people }: Props) {
  const [label, setLabel] = useState('');
  const [exploitation, setExploitation] = useState(true);
  const [addError, setAddError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const uses = indicatorUsesByKind(people);

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const text = label.trim();
    const problem =
      nameProblem(text, 'indicator name') ?? duplicateLabel(text, board.indicatorKinds);
    if (problem) return setAddError(problem);
    const result = await runCommand(addIndicatorKind(board, text, exploitation));
    if (!result.ok) return setAddError(result.message);
    setAddError(null);
    setNotice(null);
    setLabel('');
  };

  const remove = async (key: string) =>
    setNotice(problemOf(await runCommand(removeIndicatorKind(board, key))));

  return (
    <div className="indicator-kinds">
      <p className="muted small">
        Indicators are recorded, dated, on each person. Kinds marked “counts towards exploitation
        concern” are drawn together when two or more are recorded at different times.
      </p>
      {notice && (
        <p className="field-error" role="alert">
          {notice}
        </p>
      )}
      {board.indicatorKinds.length === 0 ? (
        <p className="muted">No kinds of indicator yet.</p>
      ) : (
        <ul className="indicator-kind-rows" aria-label="Kinds of indicator">
          {board.indicatorKinds.map((k) => {
            const used = uses.get(k.key) ?? 0;
            return (
              <li key={k.key}>
                <EditableField
                  label={`Name of indicator: ${k.label}`}
                  control="text"
                  value={k.label}
                  commit={async (t) =>
                    nameProblem(t, 'indicator name') ??
                    problemOf(await runCommand(renameIndicatorKind(board, k.key, t)))
                  }
                  onEndEdit={() => history.seal(board.id)}
                />
                <label className="indicator-kind-flag">
                  <input
                    type="checkbox"
                    aria-label={`${k.label} counts towards exploitation concern`}
                    checked={k.exploitation}
                    onChange={(e) =>
                      void runCommand(flagIndicatorKind(board, k.key, e.target.checked)).then((r) =>
                        setNotice(problemOf(r)),
                      )
                    }
                  />
                  Counts towards exploitation concern
                </label>
                <span className="muted small">
                  {used === 0 ? 'Not used' : `Used ${used} ${used === 1 ? 'time' : 'times'}`}
                </span>
                <button
                  type="button"
                  aria-label={`Remove indicator kind: ${k.label}`}
                  onClick={() => void remove(k.key)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate className="indicator-kind-add">
        <FieldShell label="New kind of indicator" error={addError}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              value={label}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => setLabel(e.target.value)}
            />
          )}
        </FieldShell>
        <label className="indicator-kind-flag">
          <input
            type="checkbox"
            checked={exploitation}
            onChange={(e) => setExploitation(e.target.checked)}
          />
          Counts towards exploitation concern
        </label>
        <button type="submit">Add kind of indicator</button>
      </form>
    </div>
  );
}
