// The panels of a selected person, association, group or note, fetched together when something
// is first selected (see SidePanel): none is needed to draw a board, and the JavaScript loaded
// before the first board has a budget.
export { AssociationPanel } from '../associations';
export { GroupPanel } from '../groups';
export { NotePanel } from '../notes';
export { PersonPanel } from '../people';
