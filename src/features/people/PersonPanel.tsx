import { runCommand } from '../../commands/bus';
import { history } from '../../commands/history';
import {
  updatePerson,
  updatePersonWith,
  type PersonPatch,
} from '../../commands/people/updatePerson';
import { renamePatch } from '../../domain/factories';
import type { Board } from '../../domain/records/board';
import type { Person } from '../../domain/records/person';
import { RecordFields } from '../records/RecordFields';
import { ContextsSection } from './ContextsSection';
import { IndicatorsSection } from './IndicatorsSection';
import { personFields } from './personFields';
import { StrengthsSection } from './StrengthsSection';

interface Props {
  person: Person;
  board: Board;
  onDelete: () => void;
}

/** Every detail of one person, edited in place; each change is saved and undoable. */
export function PersonPanel({ person, board, onDelete }: Props) {
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
    <section aria-label={`Details of ${person.displayName}`}>
      <h2>{person.displayName}</h2>
      <RecordFields
        key={person.id}
        table="people"
        record={person}
        defs={personFields}
        save={save}
        onEndEdit={seal}
      />
      <IndicatorsSection
        key={`i-${person.id}`}
        person={person}
        kinds={board.indicatorKinds}
        edit={(apply) => edit('indicators', apply)}
      />
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
      <button type="button" onClick={onDelete} aria-label={`Delete ${person.displayName}`}>
        Delete person
      </button>
    </section>
  );
}
