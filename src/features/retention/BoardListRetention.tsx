import type { Board } from '../../domain/kinds/board';
import { ArchivedBoards } from './ArchivedBoards';
import { RetentionPrompt } from './RetentionPrompt';
import { useRetentionPrompt } from './useRetentionPrompt';

/**
 * What the board list shows about retention and archive, fetched only when some board is archived
 * or past its retention date: the archived boards under the main list, and the prompt for boards
 * past their date.
 */
export function BoardListRetention({
  boards,
  onOpen,
  onDelete,
}: {
  boards: readonly Board[];
  onOpen: (boardId: string) => void;
  onDelete: (board: Board) => void;
}) {
  const { due, decideLater } = useRetentionPrompt(boards);
  const archived = boards.filter((b) => b.archived);
  return (
    <>
      {archived.length > 0 && (
        <ArchivedBoards boards={archived} onOpen={(b) => onOpen(b.id)} onDelete={onDelete} />
      )}
      {due.length > 0 && <RetentionPrompt boards={due} onDelete={onDelete} onLater={decideLater} />}
    </>
  );
}
