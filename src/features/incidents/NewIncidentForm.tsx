import { useState, type FormEvent } from 'react';
import type { BoardContent } from '../../db/queries';
import { HARM_KINDS_REQUIRED, localNow, occurredAtProblem } from '../../domain/incidentRules';
import { suggestedAgencies, type HarmKind } from '../../domain/vocabulary';
import { useIncidentDraft, type IncidentSpot } from '../../state/incidentDraftStore';
import { FieldShell } from '../../ui/fields';
import { HarmKindsField, withKind } from './HarmKindsField';
import { saveNewIncident } from './incidentActions';
import { OccurredAtInput } from './OccurredAtInput';

/**
 * Recording a new incident, in the side panel: when, what kinds of harm, and (optionally) the
 * source. Where is already chosen (a place, or a point on the map). People, notes and any change of
 * place are added in the incident's own panel, which opens once it is saved.
 */
export function NewIncidentForm({
  content,
  spot,
  placeName,
}: {
  content: Pick<BoardContent, 'board' | 'places'>;
  spot: IncidentSpot;
  placeName: (name: string) => string;
}) {
  const [when, setWhen] = useState(() => localNow());
  const [whenError, setWhenError] = useState<string | null>(null);
  const [kinds, setKinds] = useState<HarmKind[]>([]);
  const [kindsError, setKindsError] = useState<string | null>(null);
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);
  const place = 'placeId' in spot ? content.places.find((p) => p.id === spot.placeId) : undefined;
  const where = place ? `At ${placeName(place.name)}` : 'At the point chosen on the map';
  const cancel = () => useIncidentDraft.getState().setDraft(null);

  const submit = async (e: FormEvent, another = false) => {
    e.preventDefault();
    if (busy) return;
    const timeProblem = whenError ?? occurredAtProblem(when);
    const kindsProblem = kinds.length === 0 ? HARM_KINDS_REQUIRED : null;
    setWhenError(timeProblem);
    setKindsError(kindsProblem);
    if (timeProblem || kindsProblem) return;
    setBusy(true);
    const result = await saveNewIncident(
      content.board.id,
      spot,
      {
        occurredAt: when,
        harmKinds: kinds,
        source: source.trim(),
      },
      { another },
    );
    setBusy(false);
    if (!result.ok) return setError(result.message);
    // The next incident here: same time and source to start from (often one report), new kinds.
    setError(null);
    setKinds([]);
    setSaved((n) => n + 1);
  };

  return (
    <section
      aria-label="New incident"
      className="incident-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          cancel();
        }
      }}
    >
      <h2>New incident</h2>
      <p>{where}</p>
      <p role="status" className="incident-saved">
        {saved > 0 &&
          `${saved} ${saved === 1 ? 'incident' : 'incidents'} saved here. Record the next one.`}
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <OccurredAtInput
          value={when}
          error={whenError}
          autoFocus
          onChange={(text, problem) => {
            setWhen(text);
            setWhenError(problem);
          }}
        />
        <HarmKindsField
          value={kinds}
          error={kindsError}
          onToggle={(k, on) => {
            const next = withKind(kinds, k, on);
            setKinds(next);
            setKindsError(next.length === 0 && kindsError ? HARM_KINDS_REQUIRED : null);
          }}
        />
        <FieldShell label="Source">
          {({ inputId }) => (
            <>
              <input
                id={inputId}
                value={source}
                list="incident-sources"
                onChange={(e) => setSource(e.target.value)}
              />
              <datalist id="incident-sources">
                {suggestedAgencies.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </>
          )}
        </FieldShell>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Save incident
          </button>
          <button type="button" disabled={busy} onClick={(e) => void submit(e, true)}>
            Save and add another here
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
