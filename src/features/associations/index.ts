// The associations feature's public API.
export { AssociationPanel } from './AssociationPanel';
