import { useState } from 'react';
import type { RunResult } from '../../commands/bus';
import type { BoardContent } from '../../db/queries';
import type { Incident } from '../../domain/kinds/incident';
import { incidentRoles, type IncidentRole } from '../../domain/vocabulary';
import type { Names } from '../names';

type Involved = Incident['involved'];

interface Props {
  incident: Incident;
  content: Pick<BoardContent, 'people'>;
  names: Names;
  /** Applies a change to the people involved as stored at write time. */
  edit: (apply: (current: Involved) => Involved, label: string) => Promise<RunResult>;
}

/** The people involved in an incident, each with a role: harmed, harming, witness or present. */
export function InvolvedPeople({ incident, content, names, edit }: Props) {
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<IncidentRole>('harmed');
  const [error, setError] = useState<string | null>(null);
  const involved = new Set(incident.involved.map((x) => x.personId));
  const others = content.people
    .filter((p) => !involved.has(p.id))
    .sort((a, b) => names.of(a).localeCompare(names.of(b), 'en-GB'));
  const run = async (apply: (current: Involved) => Involved, label: string) => {
    const r = await edit(apply, label);
    setError(r.ok ? null : r.message);
    return r.ok;
  };
  const add = async () => {
    if (!personId) return setError('Choose who to add first');
    const name = names.ofId(personId);
    const ok = await run(
      (current) =>
        current.some((x) => x.personId === personId) ? current : [...current, { personId, role }],
      `Add ${name} to an incident`,
    );
    if (ok) setPersonId('');
  };

  return (
    <fieldset>
      <legend>People involved ({incident.involved.length})</legend>
      {incident.involved.length === 0 ? (
        <p className="muted small">No one recorded yet.</p>
      ) : (
        <ul className="involved-list list-rows">
          {incident.involved.map((x) => {
            const name = names.ofId(x.personId);
            return (
              <li key={x.personId}>
                <span>{name}</span>
                <select
                  aria-label={`Role of ${name} in this incident`}
                  value={x.role}
                  onChange={(e) => {
                    const next = e.target.value as IncidentRole;
                    void run(
                      (current) =>
                        current.map((y) => (y.personId === x.personId ? { ...y, role: next } : y)),
                      `Set ${name}'s role in an incident`,
                    );
                  }}
                >
                  {incidentRoles.map((r) => (
                    <option key={r.key} value={r.key}>
                      {r.label}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  aria-label={`Remove ${name} from this incident`}
                  onClick={() =>
                    void run(
                      (current) => current.filter((y) => y.personId !== x.personId),
                      `Remove ${name} from an incident`,
                    )
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {others.length > 0 && (
        <div className="involved-add">
          <label className="field">
            <span>Add a person</span>
            <select
              value={personId}
              onChange={(e) => {
                setPersonId(e.target.value);
                setError(null);
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
          <label className="field">
            <span>Role</span>
            <select value={role} onChange={(e) => setRole(e.target.value as IncidentRole)}>
              {incidentRoles.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void add()}>
            Add person
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
