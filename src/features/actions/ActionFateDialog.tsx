import { useEffect } from 'react';
import { useActionFate } from '../../state/actionFateStore';
import { useNameMask } from '../../state/nameMaskStore';
import { Dialog } from '../../ui/Dialog';

/**
 * Asked when a person, group or place with actions is deleted: the plan may still need those
 * actions (an agency may already be doing them), so they are not thrown away silently.
 */
export function ActionFateDialog() {
  const question = useActionFate((s) => s.question);
  const listen = useActionFate((s) => s.listen);
  const mask = useNameMask((s) => s.mask);
  useEffect(() => listen(), [listen]);
  const n = question?.count ?? 0;
  const them = n === 1 ? 'it' : 'them';
  return (
    <Dialog
      title="What happens to the actions?"
      open={question !== null}
      onClose={() => question?.answer(null)}
      alert
    >
      {question && (
        <>
          <p>
            You are deleting {mask(question.what)}. {n === 1 ? 'One action is' : `${n} actions are`}{' '}
            aimed at {mask(question.what)}. What should happen to {them}? Either way, one undo
            brings everything back.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={() => question.answer('board')}>
              Move {them} to the whole board
            </button>
            <button type="button" onClick={() => question.answer('delete')}>
              Delete {them} too
            </button>
            <button type="button" onClick={() => question.answer(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
