// The records feature's public API: the form that edits a record from its field definitions.
export { RecordFields } from './RecordFields';
// What the user typed and could not be saved: saved on reopening, or handed back to copy.
export { KeptTextDialog } from './KeptTextDialog';
