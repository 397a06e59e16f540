import { newBoard } from '../../domain/kinds/board';
import type { Board } from '../../domain/kinds/board';
import { reviewDateProblem } from '../../domain/rules';
import { validateRecord } from '../../domain/kinds';

export type BoardFormFields = Pick<
  Board,
  'title' | 'purpose' | 'owner' | 'reviewDate' | 'classification' | 'namePolicy'
>;
export type BoardFormErrors = Partial<Record<keyof BoardFormFields, string>>;

/** Problems with a board form, by field, in plain words: the schema's and the input rules'. */
export function boardFormErrors(fields: BoardFormFields, now = new Date()): BoardFormErrors {
  const errors: BoardFormErrors = {};
  if (!fields.reviewDate)
    errors.reviewDate = 'Pick a review date: when should this board be looked at again?';
  const result = validateRecord(
    'boards',
    newBoard('check', { ...fields, reviewDate: fields.reviewDate || '2000-01-01' }),
  );
  if (!result.ok) {
    for (const p of result.problems) {
      const key = p.field.split('.')[0] as keyof BoardFormFields;
      errors[key] ??= p.message;
    }
  }
  if (!errors.reviewDate) {
    const late = reviewDateProblem(fields.reviewDate, now);
    if (late) errors.reviewDate = late;
  }
  return errors;
}
