// The incidents feature's public API.
export { IncidentOverlays } from './IncidentOverlays';
export {
  AddIncidentButton,
  IncidentDisplayChoice,
  IncidentFiltersControl,
  useIncidentPlacingStops,
} from './IncidentTools';
export { IncidentsAtPlace } from './IncidentsAtPlace';
export { MapIncidents } from './MapIncidents';
export { takeIncidentIntent } from './incidentActions';
export { useIncidentSidePanel } from './useIncidentSidePanel';
