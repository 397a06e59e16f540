import { useState, type FormEvent } from 'react';
import { runCommand } from '../../commands/bus';
import {
  attendeesProblem,
  meetingDateProblem,
  startMeeting,
  type Attendee,
} from '../../commands/meetings/meetingCommands';
import type { BoardContent } from '../../db/queries';
import { buildAgenda } from '../../domain/agenda';
import { todayString } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { useMeetingUi } from '../../state/meetingStore';
import { Dialog } from '../../ui/Dialog';
import { FieldShell } from '../../ui/fields';
import { AttendeesEditor } from './AttendeesEditor';

/**
 * Starts a meeting: its date (today by default; a meeting can be written up afterwards, but never
 * dated in the future) and who is there. The agenda is built from the board and can be changed.
 */
export function StartMeetingDialog({ content }: { content: BoardContent }) {
  const open = useMeetingUi((s) => s.startOpen);
  const close = () => useMeetingUi.getState().setStartOpen(false);
  const [date, setDate] = useState(todayString);
  const [attendees, setAttendees] = useState<Attendee[]>([{ name: '', agency: '' }]);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const dateProblem = meetingDateProblem(date);
    if (dateProblem) return setProblem(dateProblem);
    // Said here in plain words, before the bus would refuse it.
    const noOne = attendeesProblem(attendees);
    if (noOne) return setProblem(noOne);
    const result = await runCommand(
      startMeeting(content.board.id, newId(), { date, attendees, agenda: buildAgenda(content) }),
    );
    if (!result.ok) return setProblem(result.message);
    setProblem(null);
    setAttendees([{ name: '', agency: '' }]);
    useMeetingUi.getState().setStep(0);
    close();
  };

  return (
    <Dialog title="Start meeting" open={open} onClose={close}>
      <form onSubmit={(e) => void submit(e)} noValidate className="start-meeting">
        <p>
          <strong>Purpose:</strong> {content.board.purpose || 'No purpose written on the board.'}
        </p>
        <FieldShell
          label="Date of the meeting"
          error={problem?.includes('date') ? problem : undefined}
        >
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              type="date"
              value={date}
              max={todayString()}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </FieldShell>
        <AttendeesEditor attendees={attendees} onChange={setAttendees} />
        {problem && !problem.includes('date') && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Start meeting
          </button>
        </div>
      </form>
    </Dialog>
  );
}
