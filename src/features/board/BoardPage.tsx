import { useCallback, useEffect, useRef, useState } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { openBoardList, openMeetingPack } from '../../state/navigation';
import { Fold, OverflowBar } from '../../ui/OverflowBar';
import { BoardGone, RouteOpening } from '../../ui/RouteStates';
import { useBoardContent, type BoardContent } from '../../db/queries';
import { useNameMask } from '../../state/nameMaskStore';
import { NO_SELECTION, useUi } from '../../state/uiStore';
import { ChangeLogDialog, SaveIndicator, UndoRedoButtons } from '../history';
import { QuarantineNotice } from '../boards';
import { ChecksControl } from '../checks';
import { AnalysisArea, AnalysisButton } from '../analysis';
import { GroupsList } from '../groups';
import { useNames } from '../names';
import { NotesList } from '../notes';
import { PeopleList } from '../people';
import { BoardViews, ViewSwitch } from './BoardViews';
import { PlacesList } from '../places';
import { ShortcutSheet } from './ShortcutSheet';
import { ActionFateDialog, QuickCapture } from '../actions';
import { CaptureLineHost } from '../capture';
import { KeptTextDialog } from '../records';
import { SidePanel } from './SidePanel';
import { Toolbar } from './Toolbar';
import { MeetingArea, StartMeetingButton, WhatChangedButton } from '../meeting';
import { PresenterButton, usePresenterBroadcast } from '../presenter';

// The presenter window's page is fetched from this chunk (see BoardRoute.tsx).
export { loadPresenterPage } from '../presenter';
import { useBoardShortcuts } from './useBoardShortcuts';
import { usePruneSelection } from './usePruneSelection';

const keepText = (s: string) => s;

function Workspace({ content }: { content: BoardContent }) {
  const handleRef = useRef<NetworkHandle | null>(null);
  const getHandle = useCallback(() => handleRef.current, []);
  useBoardShortcuts(content, getHandle);
  usePruneSelection(content);
  usePresenterBroadcast(content.board.id, handleRef);
  const names = useNames(content);
  // Messages, undo labels and the change log mask names the same way as the board.
  useEffect(() => {
    useNameMask.getState().setMask(names.hiding ? names.mask : null);
    return () => useNameMask.getState().setMask(null);
  }, [names]);
  const [showLog, setShowLog] = useState(false);
  const [checksSlot, setChecksSlot] = useState<HTMLDivElement | null>(null);
  const [showAnalysis, setShowAnalysis] = useState(false);
  const { board } = content;
  return (
    <div className="board-page">
      <header className="app-header board-header">
        <button type="button" onClick={openBoardList}>
          ← All boards
        </button>
        <h1 title={board.title}>{board.title}</h1>
        {board.classification && <span className="classification">{board.classification}</span>}
        <OverflowBar
          className="board-tools"
          role="group"
          label="Board"
          moreLabel="More board tools"
        >
          {/* Never folds: starting the meeting is what the header is for (then its bar leads). */}
          <Fold key="meeting" fold={0}>
            <StartMeetingButton content={content} />
          </Fold>
          <Fold key="changes" fold={2}>
            <WhatChangedButton />
          </Fold>
          {/* The last to fold: a 1366-pixel laptop has no room for it beside the views and Checks
              until the meeting starts (Start meeting then leaves the row). */}
          <Fold key="presenter" fold={1}>
            <PresenterButton boardId={board.id} />
          </Fold>
          <Fold key="views" fold={0}>
            <ViewSwitch />
          </Fold>
          <Fold key="checks" fold={0}>
            <ChecksControl
              content={content}
              names={names}
              onShowPerson={(id) => handleRef.current?.ensureVisible(id)}
              slot={checksSlot}
            />
          </Fold>
          <Fold key="analysis" fold={3}>
            <AnalysisButton open={showAnalysis} onToggle={() => setShowAnalysis(!showAnalysis)} />
          </Fold>
          <Fold key="undo" fold={0}>
            <UndoRedoButtons scope={board.id} />
          </Fold>
          <Fold key="log" fold={3}>
            <button type="button" onClick={() => setShowLog(true)}>
              Change log
            </button>
          </Fold>
          <Fold key="pack" fold={2}>
            <button type="button" onClick={() => openMeetingPack(board.id)}>
              Meeting pack
            </button>
          </Fold>
        </OverflowBar>
        <SaveIndicator />
      </header>
      <AnalysisArea
        open={showAnalysis}
        onClose={() => setShowAnalysis(false)}
        content={content}
        names={names}
        onShowPerson={(id) => {
          useUi.getState().select({ ...NO_SELECTION, people: [id] });
          handleRef.current?.ensureVisible(id);
        }}
        onShowPlace={(id) => useUi.getState().select({ ...NO_SELECTION, places: [id] })}
        slot={checksSlot}
      />
      {showLog && <ChangeLogDialog boardId={board.id} onClose={() => setShowLog(false)} />}
      <ShortcutSheet />
      <ActionFateDialog />
      <KeptTextDialog content={content} />
      <QuickCapture content={content} names={names} />
      <CaptureLineHost content={content} names={names} handleRef={handleRef} />
      <Toolbar content={content} handleRef={handleRef} />
      <MeetingArea content={content} names={names} handleRef={handleRef} />
      <QuarantineNotice records={content.quarantined} />
      <div className="board-body">
        <div className="board-lists">
          <PeopleList
            people={content.people}
            onShow={(id) => handleRef.current?.ensureVisible(id)}
            nameOf={names.of}
            safeSearch={names.presenterSafe}
          />
          <GroupsList groups={content.groups} memberships={content.memberships} mask={names.mask} />
          <PlacesList places={content.places} mask={names.hiding ? names.mask : keepText} />
          <NotesList
            notes={content.annotations}
            mask={names.mask}
            onShow={(id) => handleRef.current?.ensureVisible(id)}
          />
        </div>
        <div className="checks-slot" ref={setChecksSlot} />
        <BoardViews content={content} handleRef={handleRef} names={names} />
        <SidePanel content={content} />
      </div>
    </div>
  );
}

/** An open board: the live network with its panels. Loaded on demand (it carries Cytoscape). */
export default function BoardPage({ boardId }: { boardId: string }) {
  const content = useBoardContent(boardId);
  if (content === undefined) return <RouteOpening>Opening board…</RouteOpening>;
  if (content === null) return <BoardGone />;
  return <Workspace content={content} />;
}
