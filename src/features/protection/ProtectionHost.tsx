import { useEffect, useState } from 'react';
import { useBoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import { IdleWarning } from './IdleWarning';
import { lockThisDevice } from './lockChannel';
import { ProtectionDialog } from './ProtectionDialog';
import { useProtection } from './ProtectionPart';
import { useAutoLock } from './protectionUiStore';
import { useIdleLock } from './useIdleLock';

/** Whether a meeting is in progress on the board this window shows. */
function MeetingWatch({ boardId, onChange }: { boardId: string; onChange: (on: boolean) => void }) {
  const content = useBoardContent(boardId);
  const running = !!content?.meetings.some((m) => m.status === 'in-progress');
  useEffect(() => {
    onChange(running);
    return () => onChange(false);
  }, [running, onChange]);
  return null;
}

const isLockKey = (e: KeyboardEvent) =>
  e.ctrlKey && e.altKey && !e.shiftKey && !e.metaKey && e.code === 'KeyL';

/** The idle lock and the lock key, while this device is protected. */
function Locking() {
  const minutes = useAutoLock((s) => s.minutes);
  const route = useUi((s) => s.route);
  const [meeting, setMeeting] = useState(false);
  const { warning, stay } = useIdleLock(minutes, meeting);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLockKey(e)) return;
      e.preventDefault();
      void lockThisDevice();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      {route.name === 'board' && <MeetingWatch boardId={route.boardId} onChange={setMeeting} />}
      {warning !== null && <IdleWarning seconds={warning} onStay={stay} />}
    </>
  );
}

/**
 * In the chair's windows once the boards are open: while protected, the idle lock and
 * Ctrl+Alt+L; and the protection dialog when asked for. (Every window, the presenter screen too,
 * reloads when another locks or changes the protection: bootstrap.ts listens from the start.)
 */
export function ProtectionHost({ presenting }: { presenting: boolean }) {
  const { on, dialog } = useProtection();
  if (presenting) return null;
  return (
    <>
      {on && <Locking />}
      {dialog && <ProtectionDialog onClose={() => useProtection.setState({ dialog: false })} />}
    </>
  );
}
