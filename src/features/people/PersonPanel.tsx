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
import { HiddenWhilePresenterSafe, PRESENTER_HIDDEN_FIELDS, type Names } from '../names';
import { personKind, renamePatch, type Person } from '../../domain/kinds/person';
import { RecordFields } from '../records';
import { ActionsSection } from '../actions';
import { ContextsSection } from './ContextsSection';
import { CumulativeConcernNote } from './CumulativeConcernNote';
import { IndicatorsSection } from './IndicatorsSection';
import { StrengthsSection } from './StrengthsSection';
import { Collapsible } from './Collapsible';
import { chunk, useChunk } from '../../ui/chunk';
import './personPanel.css';

interface Props {
  person: Person;
  content: BoardContent;
  names: Names;
  onDelete: () => void;
}

// With presenter-safe on, these fields would put a full name on the projector.
const NAME_FIELDS = new Set(['displayName', 'fullName']);
const detailFields = personKind.fields.filter((d) => d.key !== 'notes');
const notesFields = personKind.fields.filter((d) => d.key === 'notes');
const overview = chunk(() => import('./PersonOverview').then((m) => m.default));

/**
 * Every detail of one person, edited in place; each change is saved and undoable. It opens with a
 * summary a chair can read at a glance; the long sections below fold away (remembered on the
 * device). Presenter-safe keeps names, date of birth, school, indicators and notes off screen,
 * each saying so where it would be.
 */
export function PersonPanel({ person, content, names, onDelete }: Props) {
  const { board } = content;
  const shown = names.of(person);
  const safe = names.presenterSafe;
  const defs = safe ? detailFields.filter((d) => !NAME_FIELDS.has(d.key)) : detailFields;
  const hidden = safe ? PRESENTER_HIDDEN_FIELDS : undefined;
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
  const Overview = useChunk(overview);
  return (
    <section aria-label={`Details of ${shown}`}>
      <h2>{shown}</h2>
      {safe && (
        <p className="muted small names-hidden">
          Name fields are hidden while presenter-safe is on (P).
        </p>
      )}
      {Overview && <Overview person={person} content={content} names={names} />}
      <Collapsible id="person-details" title="Details">
        <RecordFields
          key={`${person.id}-${safe}`}
          table="people"
          record={person}
          defs={defs}
          save={save}
          onEndEdit={seal}
          hidden={hidden}
        />
      </Collapsible>
      <Collapsible id="person-indicators" title="Indicators">
        {safe ? (
          <HiddenWhilePresenterSafe label={`Indicators (${person.indicators.length})`} />
        ) : (
          <IndicatorsSection
            key={`i-${person.id}`}
            person={person}
            kinds={board.indicatorKinds}
            edit={(apply) => edit('indicators', apply)}
          />
        )}
      </Collapsible>
      <CumulativeConcernNote person={person} board={board} name={shown} />
      <Collapsible id="person-strengths" title="Strengths and protective factors">
        <StrengthsSection
          key={`s-${person.id}`}
          strengths={person.strengths}
          edit={(apply) => edit('strengths', apply)}
        />
      </Collapsible>
      <Collapsible id="person-contexts" title="Contexts">
        <ContextsSection
          key={`c-${person.id}`}
          contexts={person.contexts}
          edit={(apply) => edit('contexts', apply)}
          onEndEdit={seal}
          hideNotes={safe}
        />
      </Collapsible>
      <Collapsible id="person-groups" title="Groups">
        <PersonGroupsSection person={person} name={shown} content={content} />
      </Collapsible>
      <Collapsible id="person-places" title="Places">
        <PlaceLinksSection
          of={{ kind: 'person', id: person.id, name: person.displayName }}
          content={content}
          names={names}
        />
      </Collapsible>
      <Collapsible id="person-notes" title="Notes">
        <RecordFields
          key={`n-${person.id}-${safe}`}
          table="people"
          record={person}
          defs={notesFields}
          save={save}
          onEndEdit={seal}
          hidden={hidden}
        />
      </Collapsible>
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
