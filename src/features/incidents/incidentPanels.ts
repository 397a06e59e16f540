// The incident panels, a chunk of their own: fetched when an incident is first selected or placed,
// as drawing a board never needs them (and the first download has a budget).
export { IncidentPanel } from './IncidentPanel';
export { NewIncidentForm } from './NewIncidentForm';
