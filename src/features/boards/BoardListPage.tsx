import { lazy, Suspense, useState } from 'react';
import { openBoard } from '../../state/navigation';
import { runCommand } from '../../commands/bus';
import { BOARD_LIST_SCOPE } from '../../commands/command';
import { addBoardRecords } from '../../commands/boards/addBoardRecords';
import { duplicateBoard } from '../../commands/boards/duplicateBoard';
import { useBoards } from '../../db/queries';
import { todayString } from '../../domain/dates';
import { newId } from '../../domain/ids';
import type { Board } from '../../domain/kinds/board';
import { useStatus } from '../../state/statusStore';
import { SaveIndicator, UndoRedoButtons } from '../history';
import { StorageOnDevice } from '../offline';
import { backUpEveryBoard, OpenBoardFileButton, saveBoardToFile } from '../boardFile';
import { ProtectionPart } from '../protection';
import { ProblemProfileButton } from '../profile';
import { BoardCard } from './BoardCard';
import { DeleteBoardDialog } from './DeleteBoardDialog';
import { NewBoardDialog } from './NewBoardDialog';
import { chunk, useChunk } from '../../ui/chunk';

// Retention and archive (features/retention) are fetched only when a board is archived or past
// its retention date, or when Archive is pressed: most openings of the list need neither (and the
// JavaScript before the first board has a budget).
const retention = chunk(() => import('../retention'));

// Rarely needed, so loaded only when something stored could not be read.
const DamagedBoards = lazy(() => import('./DamagedBoards'));

const notifyError = (text: string) => useStatus.getState().notify({ tone: 'error', text });

async function addTrainingBoard(): Promise<void> {
  // The scenario is a separate chunk: it is only fetched (from this app, never the network) when asked for.
  const { buildTrainingBoard } = await import('./trainingBoard');
  const { board, records } = await buildTrainingBoard(todayString(), newId);
  const result = await runCommand(
    addBoardRecords(board, records, `Add training board “${board.title}”`),
  );
  if (!result.ok) notifyError(result.message);
  else
    useStatus
      .getState()
      .notify({ tone: 'info', text: `Added “${board.title}”.`, undoScope: BOARD_LIST_SCOPE });
}

async function duplicate(board: Board): Promise<void> {
  const result = await runCommand(
    duplicateBoard(board, newId(), `Copy of ${board.title}`.slice(0, 120)),
  );
  if (!result.ok) notifyError(result.message);
  else
    useStatus
      .getState()
      .notify({ tone: 'info', text: `Duplicated “${board.title}”.`, undoScope: BOARD_LIST_SCOPE });
}

/** The first screen: every board on this device, and how to start a new one. */
export function BoardListPage() {
  const list = useBoards();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Board | null>(null);
  const all = list?.boards ?? [];
  const today = todayString();
  const parts = useChunk(
    retention,
    all.some((b) => b.archived || (b.retentionDate ?? today) < today),
  );
  const boards = all.filter((b) => !b.archived);

  return (
    <>
      <header className="app-header">
        <span className="brand">Peers &amp; Places</span>
        <span className="spacer" />
        <UndoRedoButtons scope={BOARD_LIST_SCOPE} />
        <SaveIndicator />
        <ProtectionPart part="lock" />
      </header>
      <div className="board-list-page">
        <h1>Boards</h1>
        <p className="muted">
          Boards are kept in this browser on this device only. Nothing is sent anywhere.
        </p>
        <StorageOnDevice boardCount={list?.boards.length ?? 0} />
        <div className="board-list-actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New board
          </button>
          <button type="button" onClick={() => void addTrainingBoard()}>
            Add training board
          </button>
          <OpenBoardFileButton />
          <button
            type="button"
            onClick={backUpEveryBoard}
            disabled={!list || list.boards.length === 0}
          >
            Back up every board
          </button>
          <ProblemProfileButton boards={all} />
          <ProtectionPart part="settings" />
        </div>
        {list && list.quarantined.length > 0 && (
          <Suspense fallback={null}>
            <DamagedBoards records={list.quarantined} />
          </Suspense>
        )}
        {list === undefined && <p className="muted">Loading boards…</p>}
        {list && list.boards.length === 0 && (
          <div className="empty-state">
            <h2>No boards yet</h2>
            <p>
              Start a <strong>new board</strong> for a meeting, or add the fictional{' '}
              <strong>training board</strong> (an invented town) to practise.
            </p>
          </div>
        )}
        {boards.length > 0 && (
          <ul className="board-cards" aria-label="Boards on this device">
            {boards.map((b) => (
              <BoardCard
                key={b.id}
                board={b}
                onOpen={() => openBoard(b.id)}
                onDuplicate={() => void duplicate(b)}
                onSave={() => saveBoardToFile(b)}
                onDelete={() => setDeleting(b)}
                onArchive={() =>
                  void retention.load().then((m) => m.archive(b, true, BOARD_LIST_SCOPE))
                }
              />
            ))}
          </ul>
        )}
        {parts && (
          <parts.BoardListRetention boards={all} onOpen={openBoard} onDelete={setDeleting} />
        )}
      </div>
      {creating && (
        <NewBoardDialog
          open
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            openBoard(id);
          }}
        />
      )}
      {deleting && <DeleteBoardDialog board={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
