import { useId, useState } from 'react';
import type { CheckFinding, CheckRecordRef } from '../../domain/checks';
import { answerOf, type CheckAnswer } from '../../domain/checks/answer';
import { ConsiderForm } from './ConsiderForm';

export interface FindingActions {
  nameOf: (ref: CheckRecordRef) => string;
  onShow: (ref: CheckRecordRef) => void;
  /** Opens the quick action capture for the action that answers a finding. */
  onAct?: (answer: CheckAnswer) => void;
  onConsider: (finding: CheckFinding, reason: string) => Promise<string | null>;
  onReopen: (finding: CheckFinding) => void;
  /** Masks people's names in free text (the reason given) while names are hidden. */
  mask: (text: string) => string;
}

const kindWords: Record<CheckRecordRef['kind'], string> = {
  person: 'person',
  group: 'group',
  place: 'place',
  association: 'association',
  action: 'action',
  incident: 'incident',
  board: 'board',
};

/** Buttons that select the records a finding is about (actions are shown through their target). */
function RecordLinks({
  finding,
  nameOf,
  onShow,
}: { finding: CheckFinding } & Pick<FindingActions, 'nameOf' | 'onShow'>) {
  return (
    <ul className="check-records" aria-label="Records involved">
      {finding.records.map((r) => (
        <li key={`${r.kind}:${r.id}`}>
          <button
            type="button"
            className="link-button"
            aria-label={`Show ${kindWords[r.kind]} ${nameOf(r)}`}
            onClick={() => onShow(r)}
          >
            {nameOf(r)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** One open finding: what, why, the records involved, and "considered: not applicable". */
export function OpenFinding({ finding, ...actions }: { finding: CheckFinding } & FindingActions) {
  const titleId = useId();
  const [considering, setConsidering] = useState(false);
  const answer = answerOf(finding);
  return (
    <li className="check-finding" aria-labelledby={titleId}>
      <h3 id={titleId}>{finding.title}</h3>
      <p>{finding.reason}</p>
      <RecordLinks finding={finding} nameOf={actions.nameOf} onShow={actions.onShow} />
      {considering ? (
        <ConsiderForm
          onCancel={() => setConsidering(false)}
          onSave={async (reason) => {
            const problem = await actions.onConsider(finding, reason);
            if (!problem) setConsidering(false);
            return problem;
          }}
        />
      ) : (
        <div className="check-buttons">
          {actions.onAct && answer && (
            <button type="button" onClick={() => actions.onAct?.(answer)}>
              Add action
            </button>
          )}
          <button type="button" onClick={() => setConsidering(true)}>
            Considered: not applicable…
          </button>
        </div>
      )}
    </li>
  );
}

/** A finding the group judged not to apply, with who said so, why and when; it can be reopened. */
export function ConsideredFinding({
  finding,
  reason,
  by,
  at,
  ...actions
}: { finding: CheckFinding; reason: string; by: string; at: string } & FindingActions) {
  const titleId = useId();
  return (
    <li className="check-finding considered" aria-labelledby={titleId}>
      <h3 id={titleId}>{finding.title}</h3>
      <p>{finding.reason}</p>
      <p className="considered-reason">
        <strong>Not applicable:</strong> {actions.mask(reason)}{' '}
        <span className="muted">
          ({by}, {new Date(at).toLocaleDateString('en-GB')})
        </span>
      </p>
      <RecordLinks finding={finding} nameOf={actions.nameOf} onShow={actions.onShow} />
      <button type="button" onClick={() => actions.onReopen(finding)}>
        Reopen
      </button>
    </li>
  );
}
