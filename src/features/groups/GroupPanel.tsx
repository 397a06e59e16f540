import { MemberRole, reportFailure } from './MemberRole';
import { runCommand } from '../../commands/bus';
import { updateGroup } from '../../commands/groups/updateGroup';
import { addMembers } from '../../commands/groups/membership';
import { history } from '../../commands/history';
import type { BoardContent } from '../../db/queries';
import type { Group } from '../../domain/kinds/group';
import { PRESENTER_HIDDEN_FIELDS, type Names } from '../names';
import { RecordFields } from '../records';
import { ActionsSection } from '../actions';
import { groupFields } from './groupFields';
import { PlaceLinksSection } from '../places';
import { ContextsSection, StrengthsSection } from '../people';
import { updateGroupWith } from '../../commands/groups/updateGroupWith';

interface Props {
  group: Group;
  content: BoardContent;
  names: Names;
  onDelete: () => void;
}

/**
 * A group: its name, concern level and notes, each member with their role in it, and its own
 * strengths and contexts (the group as a whole can be the context that must change).
 */
export function GroupPanel({ group, content, names, onDelete }: Props) {
  const members = content.memberships
    .filter((m) => m.groupId === group.id)
    .map((m) => ({ m, person: content.people.find((p) => p.id === m.personId) }))
    .filter((x) => x.person !== undefined)
    .sort((a, b) => names.of(a.person!).localeCompare(names.of(b.person!)));
  const inGroup = new Set(members.map((x) => x.m.personId));
  const others = content.people
    .filter((p) => !inGroup.has(p.id))
    .sort((a, b) => names.of(a).localeCompare(names.of(b)));
  const boardId = content.board.id;
  // A group may be named after someone ("Kayden's friends"): under presenter-safe names its name
  // is masked wherever it is shown, and the field holding it as typed is kept off the projector.
  const shown = names.hiding ? names.mask(group.name) : group.name;
  const defs = groupFields(group.colour);

  return (
    <section aria-label={`Group ${shown}`}>
      <h2>
        <span className="group-swatch" style={{ borderColor: group.colour }} aria-hidden="true" />
        {shown}
      </h2>
      <RecordFields
        key={`${group.id}-${names.presenterSafe}`}
        table="groups"
        record={group}
        defs={names.presenterSafe ? defs.filter((d) => d.key !== 'name') : defs}
        hidden={names.presenterSafe ? PRESENTER_HIDDEN_FIELDS : undefined}
        save={(patch) => runCommand(updateGroup(group, patch))}
        onEndEdit={() => history.seal(boardId)}
      />
      <h3 id={`members-${group.id}`}>Members and roles ({members.length})</h3>
      <ul className="member-list" aria-labelledby={`members-${group.id}`}>
        {members.map(({ m, person }) => {
          const name = names.of(person!);
          return (
            <li key={m.id}>
              <span className="member-name">{name}</span>
              <MemberRole
                membership={m}
                person={name}
                group={shown}
                roleLabel={`Role of ${name} in ${shown}`}
                removeLabel={`Remove ${name} from ${shown}`}
              />
            </li>
          );
        })}
      </ul>
      {others.length > 0 && (
        <label className="field">
          <span>Add a member</span>
          <select
            value=""
            onChange={(e) => {
              const id = e.target.value;
              if (!id) return;
              void runCommand(
                addMembers(boardId, group.id, [id], `Add ${names.ofId(id)} to ${shown}`),
              ).then(reportFailure);
            }}
          >
            <option value="">Choose a person…</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {names.of(p)}
              </option>
            ))}
          </select>
        </label>
      )}
      <StrengthsSection
        key={`s-${group.id}`}
        strengths={group.strengths}
        edit={(apply) =>
          runCommand(
            updateGroupWith(group, 'strengths', (current) => ({
              strengths: apply(current.strengths),
            })),
          )
        }
      />
      <ContextsSection
        key={`c-${group.id}`}
        contexts={group.contexts}
        edit={(apply) =>
          runCommand(
            updateGroupWith(group, 'contexts', (current) => ({
              contexts: apply(current.contexts),
            })),
          )
        }
        onEndEdit={() => history.seal(boardId)}
        hideNotes={names.presenterSafe}
      />
      <PlaceLinksSection
        of={{ kind: 'group', id: group.id, name: group.name }}
        content={content}
        names={names}
      />
      <ActionsSection
        boardId={group.boardId}
        target={{ kind: 'group', id: group.id }}
        actions={content.actions}
        mask={names.mask}
      />
      <button type="button" onClick={onDelete} aria-label={`Delete group ${shown}`}>
        Delete group
      </button>
      <p className="muted small">Deleting a group keeps its members on the board.</p>
    </section>
  );
}
