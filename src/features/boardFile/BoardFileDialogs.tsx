import { OpenBoardFileDialog } from './OpenBoardFileDialog';
import type { BoardFileRequest } from './requests';
import { SaveBoardFileDialog } from './SaveBoardFileDialog';
import './boardFile.css';

// What the benchmark and e2e test API drive directly (loadBoardFileTools): what the dialogs run.
export { readBoardFile } from '../../domain/formats/boardFile/readBoardFile';
export { commitOpen, prepareBoards } from './openFlow';
export { makeBoardFile } from './saveFile';

/** The dialog for what was asked of board files: the entry point of this feature's own chunk. */
export function BoardFileDialogs({
  request,
  onClose,
}: {
  request: BoardFileRequest;
  onClose: () => void;
}) {
  switch (request.kind) {
    case 'save':
      return <SaveBoardFileDialog key={request.id} board={request.board} onClose={onClose} />;
    case 'backup':
      return <SaveBoardFileDialog key={request.id} board={null} onClose={onClose} />;
    case 'open':
      return <OpenBoardFileDialog key={request.id} file={request.file} onClose={onClose} />;
  }
}
