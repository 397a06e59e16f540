import { useCallback, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { considerCheck, reopenCheck } from '../../commands/boards/considerCheck';
import { runCommand } from '../../commands/bus';
import type { BoardContent } from '../../db/queries';
import type { CheckFinding, CheckRecordRef } from '../../domain/checks';
import type { CheckAnswer } from '../../domain/checks/answer';
import { useActionCapture } from '../../state/actionCaptureStore';
import { closeOnEscape } from '../../ui/closeOnEscape';
import type { Names } from '../names';
import { chunk, useChunk } from '../../ui/chunk';
import { selectRecord } from './showRecord';
import { useChecks } from './useChecks';
import './checks.css';

// The panel, its findings and the action each suggests are fetched when the panel first opens: the
// button and its count are all a board needs before that.
const panelChunk = chunk(() => import('./ChecksPanel'));

/**
 * The "Checks" button with its count of open prompts, and the panel it opens. The panel opens in
 * `slot`, a column of the board beside the views (not over them), so a record a finding points at is
 * shown in the free part of the diagram or map, beside the panel; without a slot it hangs below the
 * button.
 */
export function ChecksControl({
  content,
  names,
  onShowPerson,
  slot,
}: {
  content: BoardContent;
  names: Names;
  /** Brings a person into view on the network when a finding's link is followed. */
  onShowPerson?: (personId: string) => void;
  slot?: HTMLElement | null;
}) {
  const [open, setOpen] = useState(false);
  const parts = useChunk(panelChunk, open);
  const button = useRef<HTMLButtonElement>(null);
  const { nameOf, ...checks } = useChecks(content, names);
  const { board, actions } = content;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onShow = useCallback(
    (ref: CheckRecordRef) => {
      selectRecord(ref, (id) => {
        const a = actions.find((x) => x.id === id);
        return a ? { kind: a.targetKind, id: a.targetId } : null;
      });
      if (ref.kind === 'person') onShowPerson?.(ref.id);
    },
    [actions, onShowPerson],
  );
  // The action that answers a finding: its record selected and shown, the quick capture aimed at
  // it with a suggested wording; focus comes back to the button when the capture closes.
  const onAct = useCallback(
    (answer: CheckAnswer) => {
      onShow(answer.target);
      useActionCapture.getState().open(answer.target, answer.description);
    },
    [onShow],
  );
  const onConsider = useCallback(
    async (finding: CheckFinding, reason: string) => {
      const result = await runCommand(considerCheck(board.id, finding.key, reason, finding.title));
      return result.ok ? null : result.message;
    },
    [board.id],
  );
  const onReopen = useCallback(
    (finding: CheckFinding) => void runCommand(reopenCheck(board.id, finding.key, finding.title)),
    [board.id],
  );
  const count = checks.open.length;
  const placed = (panel: ReactNode) => (slot ? createPortal(panel, slot) : panel);
  return (
    <div className="checks-control" onKeyDown={closeOnEscape(open, close)}>
      <button
        ref={button}
        type="button"
        className="checks-button"
        aria-expanded={open}
        aria-label={`Checks, ${count} open`}
        onClick={() => setOpen(!open)}
      >
        Checks <span className={count > 0 ? 'checks-count' : 'checks-count none'}>{count}</span>
      </button>
      {open &&
        parts &&
        placed(
          <parts.ChecksPanel
            checks={checks}
            onClose={close}
            nameOf={nameOf}
            mask={names.mask}
            onShow={onShow}
            onAct={onAct}
            onConsider={onConsider}
            onReopen={onReopen}
          />,
        )}
    </div>
  );
}
