import { useState } from 'react';
import { runCommand } from '../../commands/bus';
import { endMeeting } from '../../commands/meetings/meetingCommands';
import { newId } from '../../domain/ids';
import type { Meeting } from '../../domain/kinds/meeting';
import { useStatus } from '../../state/statusStore';
import { Dialog } from '../../ui/Dialog';

interface Props {
  meeting: Meeting;
  open: boolean;
  onClose: () => void;
}

/**
 * Asks before ending the meeting: ending it is one key press away from the agenda and cannot be
 * carried on afterwards (only undone). Cancel keeps the meeting as it is.
 */
export function EndMeetingDialog({ meeting, open, onClose }: Props) {
  const [refused, setRefused] = useState<string | null>(null);
  const close = () => {
    setRefused(null);
    onClose();
  };
  const end = async () => {
    const result = await runCommand(endMeeting(meeting, newId()));
    if (!result.ok) return setRefused(result.message);
    close();
    useStatus.getState().notify({
      tone: 'info',
      text: 'Meeting ended. A snapshot of the board was kept for "What changed" next time.',
    });
  };
  return (
    <Dialog title="End the meeting?" open={open} onClose={close} alert>
      <p>
        A snapshot of the board as it stands is kept, so <strong>What changed</strong> can show next
        time what moved since this meeting. The decisions and actions stay on the board.
      </p>
      {refused && (
        <p className="field-error" role="alert">
          {refused}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void end()}>
          End meeting
        </button>
      </div>
    </Dialog>
  );
}
