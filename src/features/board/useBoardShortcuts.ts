import { useEffect } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import { isTypingTarget } from '../history';
import {
  cycleFocus,
  type Direction,
  moveToNeighbour,
  startLink,
  startNewPerson,
  startRename,
} from '../network';
import { startNewGroup } from '../groups';
import { togglePresenterSafe } from '../names';
import { startNewNote } from '../notes';
import { startActionCapture } from '../actions';
import { openCaptureLine } from '../capture';
import { deleteSelected } from './deleteSelected';

const arrows: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The keys that only look (an archived board is read only): focus, presenter-safe, arrows, help. */
const LOOKING = new Set(['f', 'F', 'p', 'P', '?', 'Escape', ...Object.keys(arrows)]);

/**
 * Single-key shortcuts for live capture: N new person, L link, F focus, Enter or F2 rename, Delete remove,
 * Escape cancel. They never fire while typing in a field or while a dialog is open.
 */
export function useBoardShortcuts(content: BoardContent, handle: () => NetworkHandle | null): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target) || e.ctrlKey || e.metaKey || e.altKey)
        return;
      if (document.querySelector('dialog[open]')) return;
      const ui = useUi.getState();
      if (ui.draft) return;
      if (content.board.archived && !LOOKING.has(e.key)) return;
      const inList =
        e.target instanceof HTMLElement &&
        e.target.closest('[role="listbox"], button, a, select') !== null;
      switch (e.key) {
        case 'n':
        case 'N':
          startNewPerson(content, handle());
          break;
        case 'l':
        case 'L':
          startLink();
          break;
        case 'c':
        case 'C':
          openCaptureLine();
          break;
        case 'f':
        case 'F':
          cycleFocus();
          break;
        case 'g':
        case 'G':
          startNewGroup();
          break;
        case 'a':
        case 'A':
          // Shift+A: an action for the selection (or the board), captured without leaving the keys.
          if (e.shiftKey) startActionCapture(content);
          else startNewNote(content, handle());
          break;
        case 'p':
        case 'P':
          togglePresenterSafe();
          break;
        case 'Enter':
        case 'F2':
          if (inList && e.key === 'Enter') return;
          startRename();
          break;
        case 'Delete':
        case 'Backspace':
          void deleteSelected(content);
          break;
        case 'ArrowUp':
        case 'ArrowDown':
        case 'ArrowLeft':
        case 'ArrowRight':
          // Only on the diagram itself: lists and fields keep their own arrow keys.
          if (!(e.target instanceof HTMLElement && e.target.classList.contains('network-canvas')))
            return;
          moveToNeighbour(content, arrows[e.key]!, handle());
          break;
        case '?':
          ui.setShortcutsOpen(true);
          break;
        case 'Escape':
          if (ui.tool !== 'move') ui.setTool('move');
          else ui.clearSelection();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [content, handle]);
}
