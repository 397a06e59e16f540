import { useCallback, useRef, useState } from 'react';
import { considerCheck, reopenCheck } from '../../commands/boards/considerCheck';
import { runCommand } from '../../commands/bus';
import type { BoardContent } from '../../db/queries';
import type { CheckFinding, CheckRecordRef } from '../../domain/checks';
import { closeOnEscape } from '../../ui/closeOnEscape';
import type { Names } from '../names';
import { ChecksPanel } from './ChecksPanel';
import { selectRecord } from './showRecord';
import { useChecks } from './useChecks';
import './checks.css';

/** The "Checks" button with its count of open prompts, and the panel it opens. */
export function ChecksControl({
  content,
  names,
  onShowPerson,
}: {
  content: BoardContent;
  names: Names;
  /** Brings a person into view on the network when a finding's link is followed. */
  onShowPerson?: (personId: string) => void;
}) {
  const [open, setOpen] = useState(false);
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
      {open && (
        <ChecksPanel
          checks={checks}
          onClose={close}
          nameOf={nameOf}
          mask={names.mask}
          onShow={onShow}
          onConsider={onConsider}
          onReopen={onReopen}
        />
      )}
    </div>
  );
}
