import type { OpenChoice } from '../../domain/formats/boardFile/openPlans';

/** Each way of opening a board, as offered: its name, what it does, and its button. */
export const choiceLabels: Record<OpenChoice, { label: string; hint: string; button: string }> = {
  add: {
    label: 'Add it',
    hint: 'The board is not on this device: it is added as it was saved.',
    button: 'Add board',
  },
  replace: {
    label: 'Replace',
    hint: 'The board here becomes exactly the file’s: records only here are removed.',
    button: 'Replace board',
  },
  merge: {
    label: 'Merge',
    hint: 'Records are matched by id and the later edit of each wins; records only here stay, records only in the file are added.',
    button: 'Merge',
  },
  copy: {
    label: 'Add as a copy',
    hint: 'A new board beside this one, every record with a new id; this one is left as it is.',
    button: 'Add as a copy',
  },
};
