import { useEffect } from 'react';
import { loadSetting, useBoardContent } from '../../db/queries';
import { protectionRow } from './protectionCode';
import { useUi } from '../../state/uiStore';
import { IdleWarning } from './IdleWarning';
import { lockThisDevice, reloadOnNews } from './lockChannel';
import { ProtectionDialog } from './ProtectionDialog';
import { useProtected } from './ProtectionPart';
import { AUTO_LOCK_SETTING, autoLockMinutes, useProtectionUi } from './protectionUiStore';
import { useIdleLock } from './useIdleLock';
import { useState } from 'react';

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
  const minutes = useProtectionUi((s) => s.minutes);
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
 * In every window once the boards are open: reloads when another window locks or changes the
 * protection; in the chair's windows, while protected, the idle lock and Ctrl+Alt+L.
 */
export function ProtectionHost({ presenting, offer }: { presenting: boolean; offer: boolean }) {
  const on = useProtected();
  const dialog = useProtectionUi((s) => s.dialog);

  useEffect(() => reloadOnNews(), []);
  useEffect(() => {
    let live = true;
    void (async () => {
      // The setting row is never sealed; the idle time is, like any setting, read once open.
      const protectedNow = !!(await protectionRow());
      const minutes = autoLockMinutes(
        protectedNow ? await loadSetting<unknown>(AUTO_LOCK_SETTING) : undefined,
      );
      if (!live) return;
      useProtected.setState(protectedNow);
      useProtectionUi.getState().set({ minutes, offered: offer && !protectedNow });
    })();
    return () => {
      live = false;
    };
  }, [offer]);

  if (presenting) return null;
  return (
    <>
      {on && <Locking />}
      {dialog && (
        <ProtectionDialog onClose={() => useProtectionUi.getState().set({ dialog: false })} />
      )}
    </>
  );
}
