import { useState } from 'react';
import { runCommand } from '../../commands/bus';
import { history } from '../../commands/history';
import {
  updateIncident,
  updateIncidentWith,
  type IncidentPatch,
} from '../../commands/incidents/updateIncident';
import type { BoardContent } from '../../db/queries';
import { HARM_KINDS_REQUIRED } from '../../domain/incidentRules';
import { incidentKind, type Incident } from '../../domain/kinds/incident';
import { PRESENTER_HIDDEN_FIELDS, type Names } from '../names';
import { RecordFields } from '../records';
import { HarmKindsField, withKind } from './HarmKindsField';
import { spotOf, startIncidentAt } from './incidentActions';
import { IncidentWhere } from './IncidentWhere';
import { whenInWords } from './incidentMarkers';
import { InvolvedPeople } from './InvolvedPeople';
import { OccurredAtInput } from './OccurredAtInput';
import './incidents.css';

interface Props {
  incident: Incident;
  content: Pick<BoardContent, 'board' | 'people' | 'places'>;
  names: Names;
  onDelete: () => void;
}

/**
 * The date and time box keeps what was typed, with the reason it cannot be saved, until the stored
 * value changes (saved here, undone, or changed in another tab).
 */
function useOccurredAt(incident: Incident) {
  const [stored, setStored] = useState(incident.occurredAt);
  const [text, setText] = useState(incident.occurredAt);
  const [error, setError] = useState<string | null>(null);
  if (stored !== incident.occurredAt) {
    setStored(incident.occurredAt);
    setText(incident.occurredAt);
    setError(null);
  }
  return { text, setText, error, setError };
}

/**
 * One incident, edited in place: when, kinds of harm, where, who was involved and in what role,
 * the source and notes. Each change is checked, saved as its own undo step, and shown on the map.
 */
export function IncidentPanel({ incident, content, names, onDelete }: Props) {
  const when = useOccurredAt(incident);
  const [kindsError, setKindsError] = useState<string | null>(null);
  const placeName = (name: string) => (names.hiding ? names.mask(name) : name);
  const save = (patch: IncidentPatch, label?: string) =>
    runCommand(updateIncident(incident, patch, label));
  const seal = () => history.seal(content.board.id);

  return (
    <section aria-label="Incident" className="incident-panel">
      <h2>Incident, {whenInWords(incident.occurredAt)}</h2>
      <OccurredAtInput
        key={incident.id}
        value={when.text}
        error={when.error}
        onChange={(text, problem) => {
          when.setText(text);
          when.setError(problem);
          if (problem || text === incident.occurredAt) return;
          void save({ occurredAt: text }, 'Change when an incident happened').then((r) => {
            if (!r.ok) when.setError(r.message);
          });
        }}
      />
      <HarmKindsField
        value={incident.harmKinds}
        error={kindsError}
        onToggle={(kind, on) => {
          if (!on && incident.harmKinds.length === 1 && incident.harmKinds[0] === kind) {
            setKindsError(HARM_KINDS_REQUIRED);
            return;
          }
          setKindsError(null);
          void runCommand(
            updateIncidentWith(
              incident,
              'harmKinds',
              (current) => {
                const next = withKind(current.harmKinds, kind, on);
                return { harmKinds: next.length > 0 ? next : current.harmKinds };
              },
              'Change the kinds of harm of an incident',
            ),
          ).then((r) => setKindsError(r.ok ? null : r.message));
        }}
      />
      <IncidentWhere incident={incident} content={content} placeName={placeName} save={save} />
      <InvolvedPeople
        incident={incident}
        content={content}
        names={names}
        edit={(apply, label) =>
          runCommand(
            updateIncidentWith(
              incident,
              'involved',
              (c) => ({ involved: apply(c.involved) }),
              label,
            ),
          )
        }
      />
      <RecordFields
        key={incident.id}
        table="incidents"
        record={incident}
        defs={incidentKind.fields}
        hidden={names.presenterSafe ? PRESENTER_HIDDEN_FIELDS : undefined}
        save={(patch) => save(patch)}
        onEndEdit={seal}
      />
      <div className="actions">
        <AnotherHere incident={incident} />
        <button type="button" onClick={onDelete}>
          Delete incident
        </button>
      </div>
    </section>
  );
}

/** Records the next incident at the same place (or point) without picking it on the map again. */
function AnotherHere({ incident }: { incident: Incident }) {
  const spot = spotOf(incident);
  if (!spot) return null;
  return (
    <button type="button" onClick={() => startIncidentAt(spot)}>
      Add another incident here
    </button>
  );
}
