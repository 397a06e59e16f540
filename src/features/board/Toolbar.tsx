import type { RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import { useViews } from '../../state/viewStore';
import {
  FiltersControl,
  FocusControls,
  LayoutMenu,
  LayoutProgress,
  startLink,
  startNewPerson,
  startRename,
  useLayoutRunner,
} from '../network';
import { workerLayoutEngine } from '../../adapters/cytoscape/layout/layoutEngine';
import { saveBoardToFile } from '../boardFile';
import { ExportMenu } from '../export';
import { ImportMenu } from '../import';
import { ActionsButton } from '../actions';
import { startNewGroup } from '../groups';
import { togglePresenterSafe } from '../names';
import { openCaptureLine } from '../capture';
import { startNewNote } from '../notes';
import { Fold, OverflowBar } from '../../ui/OverflowBar';
import { deleteSelected } from './deleteSelected';

/**
 * Every shortcut also has a button, for the mouse and for people who do not know the keys. On one
 * row always: what does not fit folds into "More", the tools with keys of their own first.
 */
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
  // Kept here, not in the Layout menu: the menu folds into "More" and out again as the row's room
  // changes, and a layout under way must not be lost (nor its progress widen the row) when it does.
  const layout = useLayoutRunner(content, handleRef, workerLayoutEngine);
  const count =
    selection.people.length +
    selection.associations.length +
    selection.groups.length +
    selection.annotations.length +
    selection.places.length +
    selection.incidents.length;
  return (
    <>
      <OverflowBar
        className="toolbar"
        role="toolbar"
        label="Network tools"
        moreLabel="More network tools"
      >
        <Fold key="add-person" fold={0}>
          <button type="button" onClick={() => startNewPerson(content, handleRef.current)}>
            Add person<kbd>N</kbd>
          </button>
        </Fold>
        {/* Folds first: the key (C) is how a chair mostly opens it; the button says it is there. */}
        <Fold key="capture" fold={6}>
          <button type="button" onClick={openCaptureLine}>
            Capture line<kbd>C</kbd>
          </button>
        </Fold>
        <Fold key="link-drag" fold={0}>
          <button
            type="button"
            aria-pressed={tool === 'link'}
            onClick={() => setTool(tool === 'link' ? 'move' : 'link')}
          >
            Link by dragging
          </button>
        </Fold>
        <Fold key="link-selected" fold={5}>
          <button type="button" onClick={startLink} disabled={selection.people.length !== 2}>
            Link selected<kbd>L</kbd>
          </button>
        </Fold>
        <Fold key="rename" fold={5}>
          <button
            type="button"
            onClick={startRename}
            disabled={count !== 1 || selection.associations.length === 1}
          >
            Rename<kbd>Enter</kbd>
          </button>
        </Fold>
        <Fold key="make-group" fold={4}>
          <button type="button" onClick={startNewGroup} disabled={selection.people.length === 0}>
            Make group<kbd>G</kbd>
          </button>
        </Fold>
        <Fold key="add-note" fold={4}>
          <button type="button" onClick={() => startNewNote(content, handleRef.current)}>
            Add note<kbd>A</kbd>
          </button>
        </Fold>
        <Fold key="delete" fold={5}>
          <button type="button" onClick={() => void deleteSelected(content)} disabled={count === 0}>
            Delete<kbd>Del</kbd>
          </button>
        </Fold>
        <Fold key="legend" fold={3} sep>
          <button type="button" aria-pressed={legendOpen} onClick={toggleLegend}>
            Legend
          </button>
        </Fold>
        <Fold key="show-places" fold={3}>
          <button
            type="button"
            aria-pressed={showPlaces}
            onClick={() => setShowPlaces(!showPlaces)}
          >
            Show places
          </button>
        </Fold>
        <Fold key="presenter-safe" fold={0}>
          <button
            type="button"
            className="presenter-safe"
            aria-pressed={presenterSafe}
            onClick={togglePresenterSafe}
            title="Only initials or pseudonyms on screen and in exports"
          >
            Presenter-safe<kbd>P</kbd>
          </button>
        </Fold>
        <Fold key="import" fold={3}>
          <ImportMenu content={content} />
        </Fold>
        <Fold key="export" fold={3}>
          <ExportMenu content={content} boardFile={() => saveBoardToFile(content.board)} />
        </Fold>
        <Fold key="actions" fold={1}>
          <ActionsButton content={content} />
        </Fold>
        <Fold key="layout" fold={2} sep>
          <LayoutMenu content={content} handleRef={handleRef} runner={layout} />
        </Fold>
        <Fold key="filters" fold={1} sep>
          <FiltersControl content={content} />
        </Fold>
        <Fold key="focus" fold={2}>
          <FocusControls />
        </Fold>
        <Fold key="fit" fold={4} sep>
          <button type="button" onClick={() => handleRef.current?.fit()}>
            Fit to screen
          </button>
        </Fold>
        <Fold key="zoom" fold={6}>
          <button
            type="button"
            onClick={() => handleRef.current?.zoomBy(1.25)}
            aria-label="Zoom in"
          >
            +
          </button>
          <button
            type="button"
            onClick={() => handleRef.current?.zoomBy(0.8)}
            aria-label="Zoom out"
          >
            −
          </button>
        </Fold>
        <Fold key="keys" fold={2} sep>
          <button type="button" onClick={() => setShortcutsOpen(true)}>
            Keys<kbd>?</kbd>
          </button>
        </Fold>
      </OverflowBar>
      <LayoutProgress
        running={layout.running}
        onCancel={layout.cancel}
        className="layout-progress-float"
      />
    </>
  );
}
