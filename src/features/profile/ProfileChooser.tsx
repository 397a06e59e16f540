import { useId, useState } from 'react';
import type { Board } from '../../domain/kinds/board';
import { Dialog } from '../../ui/Dialog';
import { profileQuery } from './profileQuery';
import './profile.css';

interface Props {
  /** The boards stored here that could be read (damaged ones never reach the list). */
  boards: readonly Board[];
  onClose: () => void;
  /** Opens the report (handed down: this chunk must not import the app's navigation). */
  onOpen: (query: string) => void;
}

/**
 * Which boards a problem profile covers, and whether it may name young people. Names are off
 * unless the analyst turns them on, having read what that means.
 */
export default function ProfileChooser({ boards, onClose, onOpen }: Props) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() =>
    boards.length === 1 ? new Set([boards[0]!.id]) : new Set(),
  );
  const [named, setNamed] = useState(false);
  const warningId = useId();
  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const open = () => {
    // In the list's order, so the report names them as the list does.
    onOpen(
      profileQuery({
        boardIds: boards.filter((b) => chosen.has(b.id)).map((b) => b.id),
        named,
        fromBoard: false,
      }),
    );
    onClose();
  };
  return (
    <Dialog title="Problem profile" open onClose={onClose}>
      <p>
        A report for print: harms over time, places and their hours, groups and the young people
        affected, counted across the boards you choose.
      </p>
      <fieldset className="profile-choice">
        <legend>Boards to cover</legend>
        {boards.map((b) => (
          <label key={b.id}>
            <input type="checkbox" checked={chosen.has(b.id)} onChange={() => toggle(b.id)} />
            <span>
              {b.title}
              {b.archived && <span className="muted"> (archived)</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="profile-choice">
        <legend>Names</legend>
        <label>
          <input
            type="checkbox"
            checked={named}
            onChange={(e) => setNamed(e.target.checked)}
            aria-describedby={warningId}
          />
          Named internal version
        </label>
        <p className={named ? 'profile-warning' : 'muted'} id={warningId}>
          Off: young people are counted, never named. On: names of young people appear (as each
          board's name policy allows). For internal use only: check the boards’ marking before
          sharing it.
        </p>
      </fieldset>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={open} disabled={chosen.size === 0}>
          Open the profile
        </button>
      </div>
    </Dialog>
  );
}
