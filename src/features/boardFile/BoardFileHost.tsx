import { useEffect, useState } from 'react';
import { useChunk } from '../../ui/chunk';
import {
  closeBoardFileDialog,
  dialogs,
  hostRequests,
  openBoardFile,
  type BoardFileRequest,
} from './requests';
import { useFileDrop } from './useFileDrop';
import './boardFileDrop.css';

const openDropped = (file: File) => openBoardFile(file);

/**
 * In the app shell, on every page: the drop target shown while files are dragged over the app,
 * and the dialog of whatever was asked of board files (requests.ts), fetched when first needed.
 */
export function BoardFileHost() {
  const [request, setRequest] = useState<BoardFileRequest | null>(null);
  useEffect(() => {
    hostRequests(setRequest);
    return () => hostRequests(null);
  }, []);
  const dragging = useFileDrop(openDropped);
  const loaded = useChunk(dialogs, request !== null);
  return (
    <>
      {dragging && (
        <div className="board-file-drop" role="status">
          <p>Drop a board file here to open it</p>
        </div>
      )}
      {request && loaded && (
        <loaded.BoardFileDialogs request={request} onClose={closeBoardFileDialog} />
      )}
    </>
  );
}
