import './actions.css';
import type { BoardContent } from '../../db/queries';
import { useActionCapture } from '../../state/actionCaptureStore';
import { useStatus } from '../../state/statusStore';
import type { Names } from '../names';
import { ActionCapture } from './ActionCapture';
import { targetName } from './targetName';

/** The quick action box over the board (Shift+A); focus goes back where it was when it closes. */
export function QuickCapture({ content, names }: { content: BoardContent; names: Names }) {
  const target = useActionCapture((s) => s.target);
  const close = useActionCapture((s) => s.close);
  const description = useActionCapture((s) => s.description);
  if (!target) return null;
  const name = targetName(target, content, names);
  return (
    <div className="quick-capture">
      <ActionCapture
        key={`${target.kind}:${target.id}`}
        boardId={content.board.id}
        target={target}
        targetName={name}
        initialDescription={description}
        onDone={(added) => {
          const back = useActionCapture.getState().returnTo;
          close();
          if (back instanceof HTMLElement) back.focus({ preventScroll: true });
          if (added)
            useStatus.getState().notify({
              tone: 'info',
              text: `Action added for ${name}.`,
              undoScope: content.board.id,
            });
        }}
      />
    </div>
  );
}
