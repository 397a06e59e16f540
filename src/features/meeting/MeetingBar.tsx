import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { runCommand } from '../../commands/bus';
import { addDecision, updateMeeting, type Attendee } from '../../commands/meetings/meetingCommands';
import type { BoardContent } from '../../db/queries';
import { buildAgenda, type AgendaItem } from '../../domain/agenda';
import { formatDate } from '../../domain/dates';
import { newId } from '../../domain/ids';
import type { Meeting } from '../../domain/kinds/meeting';
import { useMeetingUi } from '../../state/meetingStore';
import { ActionCapture } from '../actions';
import { isTypingTarget } from '../history';
import type { Names } from '../names';
import { AgendaEditor } from './AgendaEditor';
import { agendaLabeller } from './agendaLabels';
import { AgendaPicker } from './AgendaPicker';
import { AttendeesEditor } from './AttendeesEditor';
import { EndMeetingDialog } from './EndMeetingDialog';
import { useAgendaJoining } from './useAgendaJoining';
import { rememberedStep } from './lastStep';
import { goToStep } from './meetingSteps';
import './meeting.css';

interface Props {
  content: BoardContent;
  meeting: Meeting;
  names: Names;
  handleRef: RefObject<NetworkHandle | null>;
}

const keyOf = (i: AgendaItem) => `${i.kind}:${i.id}`;

/**
 * The meeting in progress, over the board: the item under discussion with Previous / Next
 * (PageUp / PageDown), its decisions and actions captured inline, the agenda and attendees, and
 * End meeting. Everything here is saved on the meeting record, so a reload carries on.
 */
export function MeetingBar({ content, meeting, names, handleRef }: Props) {
  const step = useMeetingUi((s) => s.step);
  const agendaOpen = useMeetingUi((s) => s.agendaOpen);
  const [attendeesOpen, setAttendeesOpen] = useState(false);
  const [attendees, setAttendees] = useState<Attendee[]>(() => [...meeting.attendees]);
  const [decision, setDecision] = useState('');
  const [capturing, setCapturing] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
  useAgendaJoining(meeting);
  const labelOf = useMemo(() => agendaLabeller(content, names), [content, names]);
  const { agenda } = meeting;
  const index = Math.min(step, Math.max(0, agenda.length - 1));
  const item = agenda[index];
  const label = item ? labelOf(item) : '';

  const go = (to: number) => {
    if (to < 0 || to >= agenda.length) return;
    setCapturing(false);
    goToStep(content, meeting, to, handleRef.current);
  };

  // Starting a meeting, or reloading into one, shows its current item at once: after a reload, the
  // item the chair was on.
  useEffect(() => {
    const at = step === 0 ? (rememberedStep(meeting.id, agenda.length) ?? 0) : index;
    if (agenda[at]) goToStep(content, meeting, at, handleRef.current);
    // Once per meeting (the bar is keyed by it): later steps are taken by the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // PageDown / PageUp step through the agenda, unless someone is typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'PageDown' && e.key !== 'PageUp') return;
      if (e.defaultPrevented || isTypingTarget(e.target) || document.querySelector('dialog[open]'))
        return;
      e.preventDefault();
      go(e.key === 'PageDown' ? index + 1 : index - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const missing = useMemo(() => {
    const on = new Set(agenda.map(keyOf));
    return buildAgenda(content).filter((i) => !on.has(keyOf(i)));
  }, [agenda, content]);

  const decisions = item
    ? meeting.decisions.filter((d) => d.itemKind === item.kind && d.itemId === item.id)
    : [];
  const actions = item
    ? content.actions.filter(
        (a) => a.meetingId === meeting.id && a.targetKind === item.kind && a.targetId === item.id,
      )
    : [];

  const record = async () => {
    if (!item || !decision.trim()) return;
    const result = await runCommand(
      addDecision(meeting, {
        id: newId(),
        itemKind: item.kind,
        itemId: item.id,
        text: decision,
        at: new Date().toISOString(),
      }),
    );
    if (result.ok) {
      setDecision('');
      setRefused(null);
    } else setRefused(result.message);
  };

  return (
    <section className="meeting-bar" aria-label="Meeting in progress">
      <div className="meeting-row">
        <strong>Meeting, {formatDate(meeting.date)}</strong>
        <button type="button" onClick={() => go(index - 1)} disabled={index <= 0}>
          Previous item
        </button>
        <span className="meeting-step" aria-live="polite">
          {item ? `Item ${index + 1} of ${agenda.length}: ${label}` : 'The agenda is empty'}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= agenda.length - 1}>
          Next item
        </button>
        <AgendaPicker agenda={agenda} labelOf={labelOf} current={index} onPick={go} />
        <span className="spacer" />
        <button
          type="button"
          aria-expanded={agendaOpen}
          onClick={() => useMeetingUi.getState().setAgendaOpen(!agendaOpen)}
        >
          Agenda ({agenda.length})
        </button>
        <button
          type="button"
          aria-expanded={attendeesOpen}
          onClick={() => {
            setAttendees([...meeting.attendees]);
            setAttendeesOpen(!attendeesOpen);
          }}
        >
          Attendees ({meeting.attendees.length})
        </button>
        <button type="button" className="primary" onClick={() => setEnding(true)}>
          End meeting
        </button>
      </div>
      <EndMeetingDialog meeting={meeting} open={ending} onClose={() => setEnding(false)} />
      {refused && (
        <p className="field-error" role="alert">
          {refused}
        </p>
      )}
      {attendeesOpen && (
        <form
          className="meeting-attendees"
          onSubmit={(e) => {
            e.preventDefault();
            void runCommand(updateMeeting(meeting, { attendees }, 'Change the attendees')).then(
              (r) => {
                setRefused(r.ok ? null : r.message);
                if (r.ok) setAttendeesOpen(false);
              },
            );
          }}
        >
          <AttendeesEditor attendees={attendees} onChange={setAttendees} />
          <button type="submit">Save attendees</button>
        </form>
      )}
      {agendaOpen && (
        <AgendaEditor
          agenda={agenda}
          missing={missing}
          labelOf={labelOf}
          current={index}
          onGo={go}
          onChange={(next, what) => void runCommand(updateMeeting(meeting, { agenda: next }, what))}
        />
      )}
      {item && (
        <div className="meeting-item">
          <section aria-label={`Decisions on ${label}`}>
            <h3>Decisions</h3>
            {decisions.length > 0 && (
              <ul>
                {decisions.map((d) => (
                  <li key={d.id}>{names.hiding ? names.mask(d.text) : d.text}</li>
                ))}
              </ul>
            )}
            <input
              aria-label={`Decision on ${label}`}
              placeholder="Type a decision, then Enter"
              value={decision}
              onChange={(e) => setDecision(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                void record();
              }}
            />
          </section>
          <section aria-label={`Actions agreed for ${label}`}>
            <h3>Actions agreed</h3>
            {actions.length > 0 && (
              <ul>
                {actions.map((a) => (
                  <li key={a.id}>
                    {names.hiding ? names.mask(a.description) : a.description} ({a.agency}, due{' '}
                    {formatDate(a.dueDate)})
                  </li>
                ))}
              </ul>
            )}
            {capturing ? (
              <ActionCapture
                boardId={content.board.id}
                target={{ kind: item.kind, id: item.id }}
                targetName={label}
                meetingId={meeting.id}
                onDone={() => setCapturing(false)}
              />
            ) : (
              <button type="button" onClick={() => setCapturing(true)}>
                Add action for {label}
              </button>
            )}
          </section>
        </div>
      )}
    </section>
  );
}
