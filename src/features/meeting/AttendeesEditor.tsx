import { useId } from 'react';
import type { Attendee } from '../../commands/meetings/meetingCommands';
import { suggestedAgencies } from '../../domain/vocabulary';

interface Props {
  attendees: readonly Attendee[];
  onChange: (attendees: Attendee[]) => void;
}

/** Who is at the meeting: rows of name and agency, with the usual agencies suggested. */
export function AttendeesEditor({ attendees, onChange }: Props) {
  const listId = useId();
  const set = (i: number, patch: Partial<Attendee>) =>
    onChange(attendees.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className="attendees">
      <legend>Attendees</legend>
      <datalist id={listId}>
        {suggestedAgencies.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {attendees.length === 0 && <p className="muted">No one added yet.</p>}
      <ul>
        {attendees.map((a, i) => (
          <li key={i}>
            <input
              aria-label={`Attendee ${i + 1} name`}
              placeholder="Name"
              value={a.name}
              onChange={(e) => set(i, { name: e.target.value })}
            />
            <input
              aria-label={`Attendee ${i + 1} agency`}
              placeholder="Agency"
              list={listId}
              value={a.agency}
              onChange={(e) => set(i, { agency: e.target.value })}
            />
            <button
              type="button"
              aria-label={`Remove attendee ${i + 1}`}
              onClick={() => onChange(attendees.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onChange([...attendees, { name: '', agency: '' }])}>
        Add attendee
      </button>
    </fieldset>
  );
}
