import type { RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import { deleteSelected } from './networkActions';
import { startLink, startNewPerson, startRename } from './useBoardShortcuts';

/** Every shortcut also has a button, for the mouse and for people who do not know the keys. */
export function Toolbar({
  content,
  handleRef,
}: {
  content: BoardContent;
  handleRef: RefObject<NetworkHandle | null>;
}) {
  const tool = useUi((s) => s.tool);
  const selection = useUi((s) => s.selection);
  const setTool = useUi((s) => s.setTool);
  const legendOpen = useUi((s) => s.legendOpen);
  const toggleLegend = useUi((s) => s.toggleLegend);
  const setShortcutsOpen = useUi((s) => s.setShortcutsOpen);
  const count = selection.people.length + selection.associations.length;
  return (
    <div className="toolbar" role="toolbar" aria-label="Network tools">
      <button type="button" onClick={() => startNewPerson(content, handleRef.current)}>
        Add person<kbd>N</kbd>
      </button>
      <button
        type="button"
        aria-pressed={tool === 'link'}
        onClick={() => setTool(tool === 'link' ? 'move' : 'link')}
      >
        Link by dragging
      </button>
      <button type="button" onClick={startLink} disabled={selection.people.length !== 2}>
        Link selected<kbd>L</kbd>
      </button>
      <button type="button" onClick={startRename} disabled={selection.people.length !== 1}>
        Rename<kbd>Enter</kbd>
      </button>
      <button type="button" onClick={() => void deleteSelected(content)} disabled={count === 0}>
        Delete<kbd>Del</kbd>
      </button>
      <span className="sep" />
      <button type="button" aria-pressed={legendOpen} onClick={toggleLegend}>
        Legend
      </button>
      <span className="sep" />
      <button type="button" onClick={() => handleRef.current?.fit()}>
        Fit to screen
      </button>
      <button type="button" onClick={() => handleRef.current?.zoomBy(1.25)} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => handleRef.current?.zoomBy(0.8)} aria-label="Zoom out">
        −
      </button>
      <span className="sep" />
      <button type="button" onClick={() => setShortcutsOpen(true)}>
        Keys<kbd>?</kbd>
      </button>
    </div>
  );
}
