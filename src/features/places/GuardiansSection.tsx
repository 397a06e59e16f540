import { useId, useState, type FormEvent } from 'react';
import type { RunResult } from '../../commands/bus';
import { guardianSchema, type Place } from '../../domain/kinds/place';
import { FieldShell } from '../../ui/fields';

type Guardian = Place['guardians'][number];

interface Props {
  guardians: readonly Guardian[];
  /** Names as they may be shown (masked under presenter-safe names). */
  show: (text: string) => string;
  /** Applies a change to the guardians as stored when the write happens; `label` is the undo text. */
  edit: (apply: (current: Guardian[]) => Guardian[], label: string) => Promise<RunResult>;
}

/** Roles people name most often; any role may be typed. */
export const suggestedGuardianRoles = [
  'Youth worker',
  'Detached youth worker',
  'Park warden',
  'Estate caretaker',
  'Shop staff',
  'Shop manager',
  'Security guard',
  'Teacher',
  'Transport staff',
  'Neighbourhood police officer',
] as const;

const words = (g: Guardian, show: (t: string) => string) =>
  g.role ? `${show(g.name)}, ${show(g.role)}` : show(g.name);

/**
 * Guardians and place managers: the people whose presence makes a place safer (the youth worker,
 * the warden, the shop staff). Contextual safeguarding asks who could change a place, not only
 * who is harmed there.
 */
export function GuardiansSection({ guardians, show, edit }: Props) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const rolesId = useId();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const guardian = { name: name.trim(), role: role.trim() };
    const checked = guardianSchema.safeParse(guardian);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? 'Not valid');
    const result = await edit(
      (current) => [...current, guardian],
      `Add guardian ${words(guardian, (t) => t)}`,
    );
    if (!result.ok) return setError(result.message);
    setError(null);
    setName('');
    setRole('');
  };

  const remove = (index: number, gone: Guardian) =>
    void edit(
      (current) => {
        // The stored list may have moved on; remove the same person and role, nearest the row shown.
        const matches = current
          .map((g, i) => (g.name === gone.name && g.role === gone.role ? i : -1))
          .filter((i) => i >= 0);
        if (matches.length === 0) return current;
        const at = matches.reduce((best, i) =>
          Math.abs(i - index) < Math.abs(best - index) ? i : best,
        );
        return [...current.slice(0, at), ...current.slice(at + 1)];
      },
      `Remove guardian ${words(gone, (t) => t)}`,
    );

  return (
    <fieldset>
      <legend>Guardians and place managers</legend>
      {guardians.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="list-rows" aria-label="Guardians and place managers">
          {guardians.map((g, i) => (
            <li key={`${i}-${g.name}-${g.role}`}>
              <span>{words(g, show)}</span>
              <button
                type="button"
                aria-label={`Remove guardian ${words(g, show)}`}
                onClick={() => remove(i, g)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate className="grid2">
        <FieldShell label="Guardian’s name" error={error}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              value={name}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FieldShell>
        <FieldShell label="Role">
          {({ inputId }) => (
            <>
              <input
                id={inputId}
                value={role}
                list={rolesId}
                onChange={(e) => setRole(e.target.value)}
              />
              <datalist id={rolesId}>
                {suggestedGuardianRoles.map((r) => (
                  <option key={r} value={r} />
                ))}
              </datalist>
            </>
          )}
        </FieldShell>
        <div style={{ gridColumn: '1 / -1' }}>
          <button type="submit">Add guardian</button>
        </div>
      </form>
    </fieldset>
  );
}
