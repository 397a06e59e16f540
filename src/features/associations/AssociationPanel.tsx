import {
  updateAssociation,
  type AssociationPatch,
} from '../../commands/associations/updateAssociation';
import { runCommand } from '../../commands/bus';
import { history } from '../../commands/history';
import { associationKind, type Association } from '../../domain/kinds/association';
import { associationKinds, labelOf } from '../../domain/vocabulary';
import { EditableField } from '../../ui/EditableField';
import { RecordFields } from '../records';
import { PRESENTER_HIDDEN_FIELDS } from '../names';
import { useUi } from '../../state/uiStore';

interface Props {
  association: Association;
  nameOf: (personId: string) => string;
  onDelete: () => void;
}

/** An association's evidence: kind, direction, confidence, source, dates and review. */
export function AssociationPanel({ association: a, nameOf, onDelete }: Props) {
  const names: [string, string] = [nameOf(a.fromId), nameOf(a.toId)];
  const presenterSafe = useUi((s) => s.presenterSafe);
  const save = (patch: AssociationPatch) => runCommand(updateAssociation(a, patch, names));
  // Direction options name the people, in a fixed order, so choosing one never relabels the list.
  const [first, second] = [a.fromId, a.toId].sort((x, y) =>
    nameOf(x).localeCompare(nameOf(y), 'en-GB'),
  );
  const directions = [
    { key: 'none', label: 'No direction' },
    { key: first!, label: `${nameOf(first!)} → ${nameOf(second!)}` },
    { key: second!, label: `${nameOf(second!)} → ${nameOf(first!)}` },
  ];
  return (
    <section aria-label={`Association between ${names[0]} and ${names[1]}`}>
      <h2>
        {labelOf(associationKinds, a.kind)}: {names[0]} and {names[1]}
      </h2>
      <p className="muted">
        A recorded association is information with a source, not a finding of fact.
      </p>
      <EditableField
        label="Direction"
        control="select"
        options={directions}
        value={a.directed ? a.fromId : 'none'}
        commit={async (v) => {
          const patch: AssociationPatch =
            v === 'none'
              ? { directed: false }
              : { directed: true, fromId: v, toId: v === a.fromId ? a.toId : a.fromId };
          const r = await save(patch);
          return r.ok ? null : r.message;
        }}
      />
      <RecordFields
        key={a.id}
        table="associations"
        record={a}
        defs={associationKind.fields}
        hidden={presenterSafe ? PRESENTER_HIDDEN_FIELDS : undefined}
        save={save}
        onEndEdit={() => history.seal(a.boardId)}
      />
      <button type="button" onClick={onDelete}>
        Delete association
      </button>
    </section>
  );
}
