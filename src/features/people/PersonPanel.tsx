import { runCommand } from '../../commands/bus';
import { history } from '../../commands/history';
import {
  updatePerson,
  updatePersonWith,
  type PersonPatch,
} from '../../commands/people/updatePerson';
import type { BoardContent } from '../../db/queries';
import { PersonGroupsSection } from '../groups';
import { PlaceLinksSection } from '../places';
import type { Names } from '../names';
import { personKind, renamePatch, type Person } from '../../domain/kinds/person';
import { RecordFields } from '../records';
import { ActionsSection } from '../actions';
import { ContextsSection } from './ContextsSection';
import { CumulativeConcernNote } from './CumulativeConcernNote';
import { IndicatorsSection } from './IndicatorsSection';
import { StrengthsSection } from './StrengthsSection';

interface Props {
  person: Person;
  content: BoardContent;
  names: Names;
  onDelete: () => void;
}

// With presenter-safe on, these fields would put a full name on the projector.
const NAME_FIELDS = new Set(['displayName', 'fullName']);

/** Every detail of one person, edited in place; each change is saved and undoable. */
export function PersonPanel({ person, content, names, onDelete }: Props) {
  const { board } = content;
  const shown = names.of(person);
  const defs = names.presenterSafe
    ? personKind.fields.filter((d) => !NAME_FIELDS.has(d.key))
    : personKind.fields;
  const save = (patch: PersonPatch) =>
    runCommand(
      updatePerson(
        person,
        patch.displayName !== undefined
          ? { ...patch, ...renamePatch(person, patch.displayName) }
          : patch,
      ),
    );
  const edit = <K extends keyof PersonPatch>(field: K, apply: (current: Person[K]) => Person[K]) =>
    runCommand(updatePersonWith(person, field, (current) => ({ [field]: apply(current[field]) })));
  const seal = () => history.seal(board.id);
  return (
    <section aria-label={`Details of ${shown}`}>
      <h2>{shown}</h2>
      {names.presenterSafe && (
        <p className="muted small names-hidden">
          Name fields are hidden while presenter-safe is on (P).
        </p>
      )}
      <RecordFields
        key={`${person.id}-${names.presenterSafe}`}
        table="people"
        record={person}
        defs={defs}
        save={save}
        onEndEdit={seal}
      />
      <IndicatorsSection
        key={`i-${person.id}`}
        person={person}
        kinds={board.indicatorKinds}
        edit={(apply) => edit('indicators', apply)}
      />
      <CumulativeConcernNote person={person} board={board} name={shown} />
      <StrengthsSection
        key={`s-${person.id}`}
        strengths={person.strengths}
        edit={(apply) => edit('strengths', apply)}
      />
      <ContextsSection
        key={`c-${person.id}`}
        contexts={person.contexts}
        edit={(apply) => edit('contexts', apply)}
        onEndEdit={seal}
      />
      <PersonGroupsSection person={person} name={shown} content={content} />
      <PlaceLinksSection
        of={{ kind: 'person', id: person.id, name: person.displayName }}
        content={content}
        names={names}
      />
      <ActionsSection
        boardId={board.id}
        target={{ kind: 'person', id: person.id }}
        actions={content.actions}
        mask={names.mask}
      />
      <button type="button" onClick={onDelete} aria-label={`Delete person ${shown}`}>
        Delete person
      </button>
    </section>
  );
}
