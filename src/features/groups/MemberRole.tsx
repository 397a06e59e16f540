import { runCommand } from '../../commands/bus';
import { removeMember, setMemberRole } from '../../commands/groups/membership';
import type { Membership } from '../../domain/kinds/membership';
import { groupRoles, type GroupRole } from '../../domain/vocabulary';
import { useStatus } from '../../state/statusStore';

export const reportFailure = (r: { ok: boolean; message?: string }) => {
  if (!r.ok && r.message) useStatus.getState().notify({ tone: 'error', text: r.message });
};

/**
 * One membership's role picker and remove button, as shown in a group's panel and in a person's
 * Groups section; labels differ by where it is shown, the commands are the same.
 */
export function MemberRole({
  membership,
  person,
  group,
  roleLabel,
  removeLabel,
}: {
  membership: Membership;
  /** The person's name as it may be shown now. */
  person: string;
  group: string;
  roleLabel: string;
  removeLabel: string;
}) {
  return (
    <>
      <select
        aria-label={roleLabel}
        value={membership.role}
        onChange={(e) =>
          void runCommand(
            setMemberRole(
              membership,
              e.target.value as GroupRole,
              `Set ${person}'s role in ${group}`,
            ),
          ).then(reportFailure)
        }
      >
        {groupRoles.map((r) => (
          <option key={r.key} value={r.key}>
            {r.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-label={removeLabel}
        onClick={() =>
          void runCommand(removeMember(membership, `Remove ${person} from ${group}`)).then(
            reportFailure,
          )
        }
      >
        Remove
      </button>
    </>
  );
}
