import { useCallback, useId, useMemo, useRef } from 'react';
import { boardTimeSpan } from '../../domain/analysis/timeBar';
import {
  associationDays,
  dayAt,
  datedAssociationsIn,
  datesOfRange,
  gridIn,
  incidentsByTime,
  rangeInSpan,
  spanLength,
  type DayRange,
} from '../../domain/analysis/timeRange';
import type { Association } from '../../domain/kinds/association';
import type { Incident } from '../../domain/kinds/incident';
import { dateInWords, formatDate } from '../../domain/dates';
import { countOf } from '../../domain/words';
import { useIncidentFilter } from '../../state/incidentFilterStore';
import { DayHourGrid } from './DayHourGrid';
import { usePlay } from './usePlay';
import { useRangeCommit } from './useRangeCommit';
import './timeBar.css';

export interface TimeBarProps {
  associations: readonly Association[];
  incidents: readonly Incident[];
  /** The network filter's dates (null: open at that end). */
  dateFrom: string | null;
  dateTo: string | null;
  hideUndated: boolean;
  /** Sets the network filter's dates. */
  onDates: (from: string | null, to: string | null) => void;
  onClose: () => void;
}

/**
 * The time bar under the views: one range over the board's association dates and incident times
 * that filters the diagram and the map together, with Play, and when the incidents in range
 * happened (a day-by-hour grid). Its dates are the filters' own, so their panels agree with it.
 */
export function TimeBar(props: TimeBarProps) {
  const { associations, incidents } = props;
  const span = useMemo(() => boardTimeSpan(associations, incidents), [associations, incidents]);
  return (
    <section className="time-bar" aria-label="Time bar">
      {span ? (
        <DatedBar {...props} span={span} />
      ) : (
        <div className="time-bar-head">
          <h2>Time bar</h2>
          <p>No association dates or incident times on this board yet.</p>
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      )}
    </section>
  );
}

function DatedBar({
  associations,
  incidents,
  dateFrom,
  dateTo,
  hideUndated,
  onDates,
  onClose,
  span,
}: TimeBarProps & { span: { first: string; last: string } }) {
  const ids = useId();
  const days = spanLength(span);
  // One range, held where each filter already keeps it (so their panels show the same dates): the
  // diagram's dates, or the map's period when only that is set.
  const period = useIncidentFilter((s) => s.filter);
  const hiddenKinds = period.hiddenKinds;
  const stored = rangeInSpan(span, dateFrom ?? period.from, dateTo ?? period.to);
  const commit = useCallback(
    (r: DayRange) => {
      const d = datesOfRange(span, r);
      onDates(d.from, d.to);
      useIncidentFilter.getState().setFilter({ from: d.from, to: d.to });
    },
    [span, onDates],
  );
  const { draft, change, settle, hold } = useRangeCommit(commit);
  const range = draft ?? stored;
  const play = usePlay(days, range, change);

  // Sorted once per board: each change is then a binary search and a slice.
  const assocDays = useMemo(() => associationDays(associations), [associations]);
  const byTime = useMemo(() => incidentsByTime(incidents), [incidents]);
  const first = dayAt(span, range.from);
  const last = dayAt(span, range.to);
  // The map's harm kinds too: the grid and the count are of the incidents the map shows.
  const { grid, count: shown } = useMemo(
    () =>
      gridIn(
        byTime,
        first,
        last,
        hiddenKinds.length === 0
          ? undefined
          : (i) => i.harmKinds.some((k) => !hiddenKinds.includes(k)),
      ),
    [byTime, first, last, hiddenKinds],
  );
  const dated = datedAssociationsIn(assocDays, first, last);
  const undated = assocDays.undated;
  const whole = range.from === 0 && range.to === days;

  // A key press (not a key held down) is a step, shown at once; a drag waits for the thumb to rest.
  const keyStep = useRef(false);
  const move = (r: DayRange, step: boolean) => {
    play.pause();
    change(r, step);
  };
  const thumb = (which: 'from' | 'to', label: string, value: number) => (
    <>
      <label htmlFor={`${ids}-${which}`}>{label}</label>
      <input
        id={`${ids}-${which}`}
        type="range"
        min={0}
        max={days}
        step={1}
        value={value}
        aria-valuetext={dateInWords(dayAt(span, value))}
        disabled={days === 0}
        onPointerDown={hold}
        onKeyDown={(e) => {
          keyStep.current = !e.repeat;
        }}
        onKeyUp={settle}
        onChange={(e) => {
          const n = Number(e.target.value);
          const step = keyStep.current;
          keyStep.current = false;
          move(
            which === 'from'
              ? { from: Math.min(n, range.to), to: range.to }
              : { from: range.from, to: Math.max(n, range.from) },
            step,
          );
        }}
      />
    </>
  );

  return (
    <>
      <div className="time-bar-controls">
        {/* Of fixed height, whatever the dates: the thumbs below never move under the pointer. */}
        <h2>Time bar</h2>
        <p className="time-bar-range">
          {first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`}
        </p>
        <div className="time-bar-thumbs">
          {thumb('from', 'From', range.from)}
          {thumb('to', 'To', range.to)}
        </div>
        <div className="time-bar-buttons">
          {play.playing ? (
            <button type="button" onClick={play.pause}>
              Pause
            </button>
          ) : (
            <button type="button" onClick={play.play} disabled={days === 0}>
              Play
            </button>
          )}
          <button type="button" onClick={() => move({ from: 0, to: days }, true)} disabled={whole}>
            Clear
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        {!whole && (
          <p className="muted small">
            The board’s dates run from {dateInWords(span.first)} to {dateInWords(span.last)}.
          </p>
        )}
      </div>
      {/* What is in range goes with the grid: on a laptop the range's column has no room left. */}
      <div className="time-bar-pattern">
        <DayHourGrid grid={grid} />
        <p className="time-bar-counts">
          In range: {countOf(dated + (hideUndated ? 0 : undated), 'association', 'associations')} of{' '}
          {associations.length.toLocaleString('en-GB')}, {countOf(shown, 'incident', 'incidents')}{' '}
          of {incidents.length.toLocaleString('en-GB')}
          {hiddenKinds.length > 0 ? ' (some kinds of harm are filtered out)' : ''}.
        </p>
        {undated > 0 && (
          <p className="time-bar-undated muted small">
            {hideUndated
              ? `${countOf(undated, 'association has', 'associations have')} no dates and ${undated === 1 ? 'is' : 'are'} hidden (Filters: “Hide associations with no dates”).`
              : `${countOf(undated, 'association has', 'associations have')} no dates and ${undated === 1 ? 'is' : 'are'} shown whatever the range.`}
          </p>
        )}
      </div>
    </>
  );
}
