import { useMemo } from 'react';
import { filterIncidents, incidentSpan } from '../../domain/incidentFilter';
import type { Incident } from '../../domain/kinds/incident';
import { useIncidentFilter } from '../../state/incidentFilterStore';

/** The board's incidents the filters leave, how many they hide, and the span of them all. */
export function useShownIncidents(incidents: readonly Incident[]) {
  const filter = useIncidentFilter((s) => s.filter);
  const { shown, hidden } = useMemo(() => filterIncidents(incidents, filter), [incidents, filter]);
  const span = useMemo(() => incidentSpan(incidents), [incidents]);
  return { shown, hidden, span, filter };
}
