import { openMeetingPack } from '../../state/navigation';
import { formatDate } from '../../domain/dates';
import type { Meeting } from '../../domain/kinds/meeting';

interface Props {
  boardId: string;
  meetings: readonly Meeting[];
  chosen: Meeting | null;
}

/** Which meeting the pack is for, when the board has had more than one (latest first). */
export function MeetingChooser({ boardId, meetings, chosen }: Props) {
  if (meetings.length < 2 || !chosen) return null;
  const list = [...meetings].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <label>
      Meeting{' '}
      <select value={chosen.id} onChange={(e) => openMeetingPack(boardId, e.target.value)}>
        {list.map((m) => (
          <option key={m.id} value={m.id}>
            {formatDate(m.date)}
            {m.status === 'in-progress' ? ' (in progress)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
