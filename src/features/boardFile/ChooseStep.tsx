import { useId, useMemo, useState } from 'react';
import type { OpenChoice } from '../../domain/formats/boardFile/openPlans';
import { formatDate } from '../../domain/dates';
import { useUi } from '../../state/uiStore';
import { choiceLabels } from './choiceLabels';
import { choicesFor, type PreparedBoard } from './openFlow';
import { OpenPlanSummary } from './OpenPlanSummary';
import { previewPlan, previewPolicy } from './previewPlan';

interface Props {
  board: PreparedBoard;
  savedAt: string;
  busy: boolean;
  onConfirm: (choice: OpenChoice) => void;
  onClose: () => void;
}

/** A board already here (or whose ids are taken): replace, merge or copy, seeing what changes. */
export function ChooseStep({ board, savedAt, busy, onConfirm, onClose }: Props) {
  const id = useId();
  const choices = choicesFor(board);
  const [choice, setChoice] = useState<OpenChoice>(choices[0]!);
  const presenterSafe = useUi((s) => s.presenterSafe);
  const plan = useMemo(() => previewPlan(board, choice), [board, choice]);
  const title = board.incoming.board.title;
  return (
    <>
      <p>
        {board.here
          ? `“${title}” is already on this device. The file was saved on ${formatDate(savedAt.slice(0, 10))}.`
          : `Records in this file have the ids of records on another board here (${board.idsTaken.toLocaleString('en-GB')}), so it can only be added as a copy, with new ids.`}
      </p>
      <fieldset className="board-file-choices">
        <legend>What to do with it</legend>
        {choices.map((c) => (
          <div className="board-file-choice" key={c}>
            <input
              type="radio"
              id={`${id}-${c}`}
              name={`${id}-choice`}
              checked={choice === c}
              aria-describedby={`${id}-${c}-hint`}
              onChange={() => setChoice(c)}
            />
            <label htmlFor={`${id}-${c}`}>{choiceLabels[c].label}</label>
            <p id={`${id}-${c}-hint`} className="field-hint">
              {choiceLabels[c].hint}
            </p>
          </div>
        ))}
      </fieldset>
      <h3 className="board-file-subhead">What will change</h3>
      <OpenPlanSummary plan={plan} policy={previewPolicy(board, presenterSafe)} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy}
          aria-busy={busy}
          onClick={() => onConfirm(choice)}
        >
          {choiceLabels[choice].button}
        </button>
      </div>
    </>
  );
}
