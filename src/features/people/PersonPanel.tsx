import { runCommand } from '../../commands/bus';
import { history } from '../../commands/history';
import { updatePerson, type PersonPatch } from '../../commands/people/updatePerson';
import { initialsOf } from '../../domain/factories';
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
  const save = (patch: PersonPatch) => {
    const next = { ...patch };
    if (patch.displayName !== undefined && person.initials === initialsOf(person.displayName)) {
      next.initials = initialsOf(patch.displayName);
    }
    return runCommand(updatePerson(person, next));
  };
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
        save={save}
      />
      <StrengthsSection
        key={`s-${person.id}`}
        strengths={person.strengths}
        save={(strengths) => save({ strengths })}
      />
      <ContextsSection
        key={`c-${person.id}`}
        contexts={person.contexts}
        save={(contexts) => save({ contexts })}
        onEndEdit={seal}
      />
      <button type="button" onClick={onDelete} aria-label={`Delete ${person.displayName}`}>
        Delete person
      </button>
    </section>
  );
}
