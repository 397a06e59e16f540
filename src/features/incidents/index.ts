// The incidents feature's public API.
export { IncidentOverlays } from './IncidentOverlays';
export { IncidentTools } from './IncidentTools';
export { IncidentsAtPlace } from './IncidentsAtPlace';
export { MapIncidents } from './MapIncidents';
export { takeIncidentIntent } from './incidentActions';
export { useIncidentSidePanel } from './useIncidentSidePanel';
