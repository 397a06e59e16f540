import { create } from 'zustand';

/** What happens to the actions of a person, group or place being deleted. */
export type ActionFate = 'board' | 'delete';

export interface FateQuestion {
  /** "Amira", "the group Brookside Parade", "3 people". */
  what: string;
  count: number;
  answer: (fate: ActionFate | null) => void;
}

interface ActionFateState {
  question: FateQuestion | null;
  /** How many dialogs are on screen to answer; with none, deleting keeps its old rule. */
  listeners: number;
  setQuestion: (q: FateQuestion | null) => void;
  listen: () => () => void;
}

export const useActionFate = create<ActionFateState>()((set) => ({
  question: null,
  listeners: 0,
  setQuestion: (question) => set({ question }),
  listen: () => {
    set((s) => ({ listeners: s.listeners + 1 }));
    return () => set((s) => ({ listeners: s.listeners - 1 }));
  },
}));

/**
 * Asks what to do with the actions of what is being deleted. Resolves to the choice, or null when
 * the user cancels (nothing is deleted then).
 */
export function askActionFate(what: string, count: number): Promise<ActionFate | null> {
  const state = useActionFate.getState();
  if (state.listeners === 0) return Promise.resolve('delete');
  // A question still open (a second Delete press) is answered "cancel" first.
  state.question?.answer(null);
  return new Promise((resolve) => {
    state.setQuestion({
      what,
      count,
      answer: (fate) => {
        useActionFate.getState().setQuestion(null);
        resolve(fate);
      },
    });
  });
}
