import { useId, useState } from 'react';
import type { RunResult } from '../../commands/bus';
import type { BoardContent } from '../../db/queries';
import { middleOf } from '../../domain/geo';
import type { Incident } from '../../domain/kinds/incident';
import type { IncidentPatch } from '../../commands/incidents/updateIncident';
import { FieldShell } from '../../ui/fields';

const POINT = 'point';

/**
 * Where an incident happened: one of the board's places, or its own point on the map. Moving it
 * from a place to a point keeps it where it was drawn (the middle of the place).
 */
export function IncidentWhere({
  incident,
  content,
  placeName,
  save,
}: {
  incident: Incident;
  content: Pick<BoardContent, 'places'>;
  placeName: (name: string) => string;
  save: (patch: IncidentPatch, label: string) => Promise<RunResult>;
}) {
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const place = content.places.find((p) => p.id === incident.placeId);
  const point = incident.point ?? (place?.geometry ? middleOf(place.geometry) : null);
  const places = [...content.places].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const choose = async (value: string) => {
    let r: RunResult;
    if (value === POINT) {
      if (!point) return setError('This place is not on the map, so there is no point to keep');
      r = await save({ placeId: null, point }, 'Move an incident to a point on the map');
    } else {
      const to = content.places.find((p) => p.id === value);
      r = await save(
        { placeId: value, point: null },
        `Move an incident to ${to ? placeName(to.name) : 'a place'}`,
      );
    }
    setError(r.ok ? null : r.message);
  };
  return (
    <FieldShell label="Where" error={error}>
      {({ inputId, describedBy, invalid }) => (
        <>
          <select
            id={inputId}
            aria-describedby={[describedBy, hintId].filter(Boolean).join(' ')}
            aria-invalid={invalid}
            value={incident.placeId ?? POINT}
            onChange={(e) => void choose(e.target.value)}
          >
            <option value={POINT} disabled={!point}>
              A point on the map
            </option>
            {places.map((p) => (
              <option key={p.id} value={p.id}>
                {placeName(p.name)}
              </option>
            ))}
          </select>
          <p id={hintId} className="field-hint">
            An incident at a place is drawn at the middle of the place.
          </p>
        </>
      )}
    </FieldShell>
  );
}
