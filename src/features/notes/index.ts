// The notes feature's public API.
export { NoteInput } from './NoteInput';
export { NotePanel } from './NotePanel';
export { NotesList } from './NotesList';
export {
  anchorOf,
  moveNotes,
  saveNewNote,
  saveNoteText,
  startEditNote,
  startNewNote,
} from './noteActions';
