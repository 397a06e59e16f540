import { useId, useMemo, useState } from 'react';
import type { OpenChoice, OpenPlan } from '../../domain/formats/boardFile/openPlans';
import { useUi } from '../../state/uiStore';
import { choiceLabels } from './choiceLabels';
import { choicesFor, type PreparedBoard } from './openFlow';
import { OpenPlanSummary } from './OpenPlanSummary';
import { previewPlan, previewPolicy } from './previewPlan';

type Pick = OpenChoice | 'skip';

interface Props {
  boards: PreparedBoard[];
  busy: boolean;
  onConfirm: (choices: { board: PreparedBoard; choice: OpenChoice }[]) => void;
  onClose: () => void;
}

/** One board of a backup: its choice (boards already here are left as they are unless chosen). */
function BackupRow({
  board,
  pick,
  onPick,
}: {
  board: PreparedBoard;
  pick: Pick;
  onPick: (pick: Pick) => void;
}) {
  const id = useId();
  const presenterSafe = useUi((s) => s.presenterSafe);
  const plan: OpenPlan | null = useMemo(
    () => (pick === 'skip' ? null : previewPlan(board, pick)),
    [board, pick],
  );
  const title = board.incoming.board.title;
  return (
    <li className="board-file-backup-row">
      <h3>{title}</h3>
      <p className="field-hint">
        {board.idsTaken > 0
          ? 'Its records have ids used by another board here: it can only come in as a copy.'
          : board.here
            ? 'Already on this device.'
            : 'Not on this device.'}
      </p>
      <label htmlFor={id}>What to do with “{title}”</label>
      <select id={id} value={pick} onChange={(e) => onPick(e.target.value as Pick)}>
        {choicesFor(board).map((c) => (
          <option key={c} value={c}>
            {choiceLabels[c].label}
          </option>
        ))}
        <option value="skip">{board.here ? 'Leave it as it is' : 'Leave it out'}</option>
      </select>
      {plan && <OpenPlanSummary plan={plan} policy={previewPolicy(board, presenterSafe)} />}
    </li>
  );
}

/** A backup: every board in it, each with its own choice, opened together on confirming. */
export function BackupStep({ boards, busy, onConfirm, onClose }: Props) {
  const [picks, setPicks] = useState<Pick[]>(() =>
    // Boards not here come in; a board already here is left as it is until the user chooses.
    boards.map((b) => (b.here ? 'skip' : choicesFor(b)[0]!)),
  );
  const chosen = boards.flatMap((board, i) => {
    const choice = picks[i];
    return choice && choice !== 'skip' ? [{ board, choice }] : [];
  });
  return (
    <>
      <p>
        This backup holds {boards.length} board{boards.length === 1 ? '' : 's'}. Choose what to do
        with each.
      </p>
      <ul className="board-file-backup">
        {boards.map((board, i) => (
          <BackupRow
            key={board.incoming.board.id}
            board={board}
            pick={picks[i] ?? 'skip'}
            onPick={(pick) => setPicks((all) => all.map((p, j) => (j === i ? pick : p)))}
          />
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || chosen.length === 0}
          aria-busy={busy}
          onClick={() => onConfirm(chosen)}
        >
          {chosen.length === 1 ? 'Open 1 board' : `Open ${chosen.length} boards`}
        </button>
      </div>
    </>
  );
}
