import { addDays, todayString } from '../../domain/dates';
import { newAction } from '../../domain/kinds/action';
import { actionSchema, type Action } from '../../domain/kinds/action';
import type { ContextKey } from '../../domain/vocabulary';

/** What an action is aimed at: the board's own id for the whole board. */
export interface ActionTarget {
  kind: Action['targetKind'];
  id: string;
}

/** An action being typed, as the form holds it: text only, so nothing typed is ever lost. */
export interface ActionDraft {
  description: string;
  agency: string;
  /** Other agencies working on it, separated by commas as typed. */
  partners: string;
  owner: string;
  goal: string;
  context: ContextKey | '';
  dueDate: string;
  reviewDate: string;
}

export type DraftProblems = Partial<Record<keyof ActionDraft, string>>;

/** Two weeks: the usual gap between a meeting and the first check on what it agreed. */
export const DEFAULT_DUE_DAYS = 14;

export function emptyDraft(today = todayString()): ActionDraft {
  return {
    description: '',
    agency: '',
    partners: '',
    owner: '',
    goal: '',
    context: '',
    dueDate: addDays(today, DEFAULT_DUE_DAYS),
    reviewDate: '',
  };
}

type NewFields = Parameters<typeof newAction>[2];

/**
 * Checks a draft the way the store will (the action's own schema), with plainer words for the
 * two gaps a meeting makes most: no agency and no due date. Problems are keyed by field so each
 * message sits next to its field.
 */
export function checkDraft(
  draft: ActionDraft,
  target: ActionTarget,
  meetingId: string | null = null,
): { ok: true; fields: NewFields } | { ok: false; problems: DraftProblems } {
  const fields: NewFields = {
    targetKind: target.kind,
    targetId: target.id,
    description: draft.description.trim(),
    agency: draft.agency.trim(),
    partners: [
      ...new Set(
        draft.partners
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s && s !== draft.agency.trim()),
      ),
    ],
    owner: draft.owner.trim(),
    goal: draft.goal.trim(),
    context: draft.context === '' ? null : draft.context,
    dueDate: draft.dueDate,
    reviewDate: draft.reviewDate === '' ? null : draft.reviewDate,
    meetingId,
  };
  const problems: DraftProblems = {};
  if (!fields.description) problems.description = 'Describe the action';
  if (!fields.agency) problems.agency = 'Choose the agency that owns this action';
  if (!draft.dueDate) problems.dueDate = 'Give a due date';
  // The schema's own rule runs only once every field parses: say it now, with the other problems.
  if (draft.reviewDate && draft.dueDate && draft.reviewDate < draft.dueDate)
    problems.reviewDate = 'The review date cannot be before the due date';
  const parsed = actionSchema.safeParse(newAction('draft', 'draft', fields));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof ActionDraft | undefined;
      if (key && key in draft && !problems[key]) problems[key] = issue.message;
    }
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, fields };
}
