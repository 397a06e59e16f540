import './actions.css';
import { useMemo, useState } from 'react';
import { countsByTarget, describeCounts, isOpen } from '../../domain/actionStatus';
import { todayString } from '../../domain/dates';
import type { Action } from '../../domain/kinds/action';
import { ActionForm } from './ActionForm';
import { ActionRow } from './ActionRow';
import type { ActionTarget } from './actionDraft';

interface Props {
  boardId: string;
  target: ActionTarget;
  /** Every action on the board; the section shows the target's own. */
  actions: readonly Action[];
  /** "Actions for the whole board" on the board panel; "Actions" elsewhere. */
  title?: string;
  /** Hides people's names inside descriptions while presenter-safe is on. */
  mask?: (text: string) => string;
}

const byDue = (a: Action, b: Action) =>
  Number(isOpen(b)) - Number(isOpen(a)) || a.dueDate.localeCompare(b.dueDate);

/** The plan for one person, group, place or the board: open ones first, soonest due first. */
const keep = (text: string) => text;

export function ActionsSection({
  boardId,
  target,
  actions,
  title = 'Actions',
  mask = keep,
}: Props) {
  const [adding, setAdding] = useState(false);
  const today = todayString();
  const mine = useMemo(
    () =>
      actions.filter((a) => a.targetKind === target.kind && a.targetId === target.id).sort(byDue),
    [actions, target.kind, target.id],
  );
  const counts = countsByTarget(mine, today).get(target.id) ?? { open: 0, overdue: 0 };
  return (
    <section className="actions-section" aria-label={title}>
      <h3>{title}</h3>
      <p className="small">
        {describeCounts(counts)}
        {mine.length > counts.open && `; ${mine.length - counts.open} done or dropped`}
      </p>
      {mine.length > 0 && (
        <ul className="list-rows action-list">
          {mine.map((a) => (
            <ActionRow key={a.id} action={a} today={today} mask={mask} />
          ))}
        </ul>
      )}
      {adding ? (
        <ActionForm
          boardId={boardId}
          target={target}
          onAdded={() => setAdding(false)}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          New action
        </button>
      )}
    </section>
  );
}
