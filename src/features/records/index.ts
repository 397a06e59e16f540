// The records feature's public API: the form that edits a record from its field definitions.
export { RecordFields } from './RecordFields';
