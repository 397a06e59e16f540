/** The board's keys, in one list for the shortcut sheet (?) and the board panel. */
export const shortcuts: readonly { keys: string; what: string }[] = [
  {
    keys: 'C',
    what: 'Capture line: type what you hear in shorthand (Leon - Jay friends), Enter records it; Escape closes',
  },
  { keys: 'N', what: 'Add a person (or double-click the canvas), type the name, Enter' },
  {
    keys: 'L',
    what: 'Link the two selected people; pick the kind with arrows and Enter, or a number',
  },
  { keys: 'G', what: 'Make a group of the selected people, type its name, Enter' },
  {
    keys: 'A',
    what: 'Add a note: pinned to the selected person or group, or in the middle of the view',
  },
  {
    keys: 'Shift+A',
    what: 'Add an action for the selected person, group or place (or the whole board): type it, Tab to the agency and due date, Enter',
  },
  {
    keys: 'Enter or F2',
    what: 'Rename the selected person or group, or edit the selected note (or double-click); F2 also works from the lists',
  },
  {
    keys: 'Arrow keys',
    what: 'On the diagram: move to a person linked to the selected one, in that direction',
  },
  {
    keys: 'F',
    what: 'Show only the selected people and those 1 step away; again for 2, 3 steps, then everyone',
  },
  { keys: 'P', what: 'Presenter-safe names on or off: only initials or pseudonyms on screen' },
  { keys: 'Delete', what: 'Delete what is selected' },
  { keys: 'Ctrl+Z', what: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', what: 'Redo' },
  { keys: 'Ctrl+click, or Space in the People list', what: 'Select several people' },
  {
    keys: 'Escape',
    what: 'Cancel what you are doing (a drag puts people back), or clear the selection',
  },
  {
    keys: 'Link tool, then tap',
    what: 'On a touch screen: tap one person, then another, to link them',
  },
  {
    keys: 'PageDown / PageUp',
    what: 'In a meeting: the next or previous agenda item (the diagram and map follow)',
  },
  {
    keys: 'Ctrl+Alt+L',
    what: 'Lock this device now, when it is protected with a passphrase (every window hides the boards)',
  },
  { keys: '?', what: 'Show these keys' },
];
