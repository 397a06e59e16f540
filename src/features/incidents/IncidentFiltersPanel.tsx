import { useId } from 'react';
import {
  dayOfSpan,
  indexInSpan,
  isFiltering,
  rangeInWords,
  rangeOf,
} from '../../domain/incidentFilter';
import { formatDate } from '../../domain/dates';
import type { Incident } from '../../domain/kinds/incident';
import { harmKinds, type HarmKind } from '../../domain/vocabulary';
import { useIncidentFilter } from '../../state/incidentFilterStore';
import { CheckList, toggled } from '../../ui/CheckList';
import { useShownIncidents } from './useShownIncidents';

/**
 * Which incidents the map shows: a time slider over the days with incidents (two thumbs, from and
 * to, with the range in words) and the kinds of harm. Changes apply at once; nothing is saved.
 */
export function IncidentFiltersPanel({
  id,
  incidents,
  onClose,
}: {
  id: string;
  incidents: readonly Incident[];
  onClose: () => void;
}) {
  const { filter, span, shown } = useShownIncidents(incidents);
  const setFilter = useIncidentFilter((s) => s.setFilter);
  const clear = useIncidentFilter((s) => s.clear);
  const ids = useId();
  const range = span && rangeOf(filter, span);

  return (
    <section id={id} className="filters-panel incident-filters" aria-label="Incident filters">
      <div className="filters-head">
        <h2>Incidents shown on the map</h2>
        <button type="button" onClick={clear} disabled={!isFiltering(filter)}>
          Clear filters
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {span && range ? (
        <fieldset className="filter-set time-slider">
          <legend>When</legend>
          <p className="time-range" id={`${ids}-range`} aria-live="polite">
            {rangeInWords(range)}
          </p>
          <div className="time-thumbs">
            <label htmlFor={`${ids}-from`}>From</label>
            <input
              id={`${ids}-from`}
              type="range"
              min={0}
              max={span.days}
              step={1}
              value={indexInSpan(span, range.from)}
              aria-valuetext={formatDate(range.from)}
              aria-describedby={`${ids}-range`}
              disabled={span.days === 0}
              onChange={(e) => {
                const n = Math.min(Number(e.target.value), indexInSpan(span, range.to));
                setFilter({ from: n === 0 ? null : dayOfSpan(span, n) });
              }}
            />
            <label htmlFor={`${ids}-to`}>To</label>
            <input
              id={`${ids}-to`}
              type="range"
              min={0}
              max={span.days}
              step={1}
              value={indexInSpan(span, range.to)}
              aria-valuetext={formatDate(range.to)}
              aria-describedby={`${ids}-range`}
              disabled={span.days === 0}
              onChange={(e) => {
                const n = Math.max(Number(e.target.value), indexInSpan(span, range.from));
                setFilter({ to: n === span.days ? null : dayOfSpan(span, n) });
              }}
            />
          </div>
          <p className="muted small">
            Incidents from {formatDate(span.first)} to {formatDate(span.last)}:{' '}
            {shown.length.toLocaleString('en-GB')} of {incidents.length.toLocaleString('en-GB')}{' '}
            shown.
          </p>
        </fieldset>
      ) : (
        <p className="muted">No incidents recorded on this board yet.</p>
      )}
      <CheckList
        legend="Kinds of harm"
        options={harmKinds}
        isChecked={(k) => !filter.hiddenKinds.includes(k as HarmKind)}
        onToggle={(k, on) =>
          setFilter({ hiddenKinds: toggled(filter.hiddenKinds, k as HarmKind, !on) })
        }
      />
    </section>
  );
}
