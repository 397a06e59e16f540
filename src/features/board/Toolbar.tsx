import type { RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import { useViews } from '../../state/viewStore';
import {
  FiltersControl,
  FocusControls,
  LayoutMenu,
  startLink,
  startNewPerson,
  startRename,
} from '../network';
import { saveBoardToFile } from '../boardFile';
import { ExportMenu } from '../export';
import { ImportMenu } from '../import';
import { ActionsButton } from '../actions';
import { startNewGroup } from '../groups';
import { togglePresenterSafe } from '../names';
import { startNewNote } from '../notes';
import { deleteSelected } from './deleteSelected';

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
  const presenterSafe = useUi((s) => s.presenterSafe);
  const showPlaces = useViews((s) => s.showPlaces);
  const setShowPlaces = useViews((s) => s.setShowPlaces);
  const count =
    selection.people.length +
    selection.associations.length +
    selection.groups.length +
    selection.annotations.length +
    selection.places.length +
    selection.incidents.length;
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
      <button
        type="button"
        onClick={startRename}
        disabled={count !== 1 || selection.associations.length === 1}
      >
        Rename<kbd>Enter</kbd>
      </button>
      <button type="button" onClick={startNewGroup} disabled={selection.people.length === 0}>
        Make group<kbd>G</kbd>
      </button>
      <button type="button" onClick={() => startNewNote(content, handleRef.current)}>
        Add note<kbd>A</kbd>
      </button>
      <button type="button" onClick={() => void deleteSelected(content)} disabled={count === 0}>
        Delete<kbd>Del</kbd>
      </button>
      <span className="sep" />
      <button type="button" aria-pressed={legendOpen} onClick={toggleLegend}>
        Legend
      </button>
      <button type="button" aria-pressed={showPlaces} onClick={() => setShowPlaces(!showPlaces)}>
        Show places
      </button>
      <button
        type="button"
        className="presenter-safe"
        aria-pressed={presenterSafe}
        onClick={togglePresenterSafe}
        title="Only initials or pseudonyms on screen and in exports"
      >
        Presenter-safe<kbd>P</kbd>
      </button>
      <ImportMenu content={content} />
      <ExportMenu content={content} boardFile={() => saveBoardToFile(content.board)} />
      <ActionsButton content={content} />
      <span className="sep" />
      <LayoutMenu content={content} handleRef={handleRef} />
      <span className="sep" />
      <FiltersControl content={content} />
      <FocusControls />
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
