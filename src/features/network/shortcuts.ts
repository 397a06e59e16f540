/** The board's keys, in one list for the shortcut sheet (?) and the board panel. */
export const shortcuts: readonly { keys: string; what: string }[] = [
  { keys: 'N', what: 'Add a person (or double-click the canvas), type the name, Enter' },
  {
    keys: 'L',
    what: 'Link the two selected people; pick the kind with arrows and Enter, or a number',
  },
  { keys: 'Enter or F2', what: 'Rename the selected person (or double-click them)' },
  {
    keys: 'Arrow keys',
    what: 'On the diagram: move to a person linked to the selected one, in that direction',
  },
  { keys: 'Delete', what: 'Delete what is selected' },
  { keys: 'Ctrl+Z', what: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', what: 'Redo' },
  { keys: 'Ctrl+click, or Space in the People list', what: 'Select several people' },
  { keys: 'Escape', what: 'Cancel what you are doing, or clear the selection' },
  { keys: '?', what: 'Show these keys' },
];
