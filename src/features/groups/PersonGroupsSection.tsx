import { MemberRole, reportFailure } from './MemberRole';
import { runCommand } from '../../commands/bus';
import { addMembers } from '../../commands/groups/membership';
import type { BoardContent } from '../../db/queries';
import type { Person } from '../../domain/kinds/person';

/** The groups a person is in, with their role in each; a person may be in several. */
export function PersonGroupsSection({
  person,
  name,
  content,
}: {
  person: Person;
  /** The person's name as it may be shown now. */
  name: string;
  content: Pick<BoardContent, 'groups' | 'memberships' | 'board'>;
}) {
  const mine = content.memberships
    .filter((m) => m.personId === person.id)
    .flatMap((m) => {
      const group = content.groups.find((g) => g.id === m.groupId);
      return group ? [{ m, group }] : [];
    });
  const joined = new Set(mine.map((x) => x.group.id));
  const others = content.groups.filter((g) => !joined.has(g.id));
  return (
    <section aria-label="Groups" className="panel-section">
      <h3>Groups</h3>
      {mine.length === 0 && <p className="muted small">Not in any group.</p>}
      <ul className="member-list">
        {mine.map(({ m, group }) => (
          <li key={m.id}>
            <span className="member-name">
              <span
                className="group-swatch"
                style={{ borderColor: group.colour }}
                aria-hidden="true"
              />
              {group.name}
            </span>
            <MemberRole
              membership={m}
              person={name}
              group={group.name}
              roleLabel={`Role in ${group.name}`}
              removeLabel={`Remove from ${group.name}`}
            />
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <label className="field">
          <span>Add to a group</span>
          <select
            value=""
            onChange={(e) => {
              const g = content.groups.find((x) => x.id === e.target.value);
              if (!g) return;
              void runCommand(
                addMembers(content.board.id, g.id, [person.id], `Add ${name} to ${g.name}`),
              ).then(reportFailure);
            }}
          >
            <option value="">Choose a group…</option>
            {others.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </section>
  );
}
