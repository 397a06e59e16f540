import { useEffect, useRef } from 'react';
import type { BoardContent } from '../../db/queries';
import { isFiltering } from '../../domain/incidentFilter';
import { useIncidentDraft } from '../../state/incidentDraftStore';
import { useIncidentFilter, type IncidentDisplay } from '../../state/incidentFilterStore';
import { useMapUi } from '../../state/mapStore';
import { closeOnEscape } from '../../ui/closeOnEscape';
import { IncidentFiltersPanel } from './IncidentFiltersPanel';
import { startPlacingIncident, stopPlacingIncident } from './incidentActions';
import '../../ui/filters.css';
import './incidents.css';

const PANEL_ID = 'incident-filters';

const displays: { display: IncidentDisplay; label: string }[] = [
  { display: 'clusters', label: 'Clusters' },
  { display: 'heat', label: 'Heat' },
];

/**
 * Placing an incident ends when a place tool is chosen or on Escape. Kept by the map itself, not by
 * the "Add incident" button: the button unmounts when the map's toolbar folds it into More.
 */
export function useIncidentPlacingStops() {
  const placing = useIncidentDraft((s) => s.placing);
  const tool = useMapUi((s) => s.tool);

  // Drawing a place and placing an incident both take the next click: one at a time.
  useEffect(() => {
    if (tool !== 'select') stopPlacingIncident();
  }, [tool]);

  useEffect(() => {
    if (!placing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') stopPlacingIncident();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [placing]);
}

/*
 * The map toolbar's incident controls, one each so the toolbar can fold them one at a time: record
 * one ("Add incident", then click a place or the map), show them as clusters or heat, and filter
 * them by time and kind of harm.
 */

export function AddIncidentButton() {
  const placing = useIncidentDraft((s) => s.placing);
  return (
    <button
      type="button"
      aria-pressed={placing}
      title="Then click a place, or anywhere on the map for a point (Escape stops)"
      onClick={() => (placing ? stopPlacingIncident() : startPlacingIncident())}
    >
      Add incident
    </button>
  );
}

export function IncidentDisplayChoice() {
  const display = useIncidentFilter((s) => s.display);
  const setDisplay = useIncidentFilter((s) => s.setDisplay);
  return (
    <span className="segmented" role="group" aria-label="Show incidents as">
      {displays.map((d) => (
        <button
          key={d.display}
          type="button"
          aria-pressed={display === d.display}
          onClick={() => setDisplay(d.display)}
        >
          {d.label}
        </button>
      ))}
    </span>
  );
}

export function IncidentFiltersControl({ content }: { content: Pick<BoardContent, 'incidents'> }) {
  const open = useIncidentFilter((s) => s.panelOpen);
  const setOpen = useIncidentFilter((s) => s.setPanelOpen);
  const filtering = useIncidentFilter((s) => isFiltering(s.filter));
  const button = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <span className="filters-control" onKeyDown={closeOnEscape(open, close)}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        className={filtering ? 'filters-on' : undefined}
        onClick={() => setOpen(!open)}
      >
        Incident filters
      </button>
      {open && (
        <div className="filters-popover incident-filters-popover">
          <IncidentFiltersPanel id={PANEL_ID} incidents={content.incidents} onClose={close} />
        </div>
      )}
    </span>
  );
}
