import { useCallback, useEffect, useRef, useState } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { openBoardList, openMeetingPack, openProblemProfile } from '../../state/navigation';
import { Fold, OverflowBar } from '../../ui/OverflowBar';
import { BoardDamaged } from '../../ui/BoardDamaged';
import { BoardGone, RouteOpening } from '../../ui/RouteStates';
import { damagedBoardRecord, useBoardContent, type BoardContent } from '../../db/queries';
import { loadErasure } from '../../db/loadErasure';
import { chunk, useChunk } from '../../ui/chunk';
import { useNameMask } from '../../state/nameMaskStore';
import { NO_SELECTION, useUi } from '../../state/uiStore';
import { ChangeLogDialog, SaveIndicator, UndoRedoButtons } from '../history';
import { MissingEndsNotice, QuarantineNotice } from '../boards';
import { ChecksControl } from '../checks';
import { AnalysisArea, AnalysisButton } from '../analysis';
import { TimeBarArea, TimeBarButton } from '../timeBar';
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
import { ProtectionPart, useProtection } from '../protection';

// The presenter window's page is fetched from this chunk (see BoardRoute.tsx).
export { loadPresenterPage } from '../presenter';
import { useBoardShortcuts } from './useBoardShortcuts';
import { usePruneSelection } from './usePruneSelection';

const keepText = (s: string) => s;

// An archived board's banner (features/retention) is fetched only when one is opened.
const retention = chunk(() => import('../retention'));

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
  const [showTime, setShowTime] = useState(false);
  const { board } = content;
  // An archived board opens read only: no edit tools, capture line, meeting or undo, and every
  // field and button of the map and the side panel's body disabled. The writer refuses any write
  // that gets past this (db/writer.ts), so Restore is the way back.
  const archived = board.archived;
  const banner = useChunk(retention, archived);
  // People are deleted on this page: erasing them from the board's stored history
  // (db/erasure.ts) is fetched once the first board is drawn and the browser is idle.
  useEffect(() => {
    const id = window.requestIdleCallback?.(() => void loadErasure(), { timeout: 10_000 });
    return () => (id === undefined ? undefined : window.cancelIdleCallback(id));
  }, []);
  const locks = useProtection((s) => s.on);
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
          {!archived && (
            <Fold key="meeting" fold={0}>
              <StartMeetingButton content={content} />
            </Fold>
          )}
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
          {/* A view filter, like the toolbar's Filters: an archived board has neither. */}
          {!archived && (
            <Fold key="time" fold={3}>
              <TimeBarButton open={showTime} onToggle={() => setShowTime(!showTime)} />
            </Fold>
          )}
          {!archived && (
            <Fold key="undo" fold={0}>
              <UndoRedoButtons scope={board.id} />
            </Fold>
          )}
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
          <Fold key="profile" fold={3}>
            <button
              type="button"
              onClick={() =>
                openProblemProfile(`boards=${encodeURIComponent(board.id)}&from=board`)
              }
            >
              Problem profile
            </button>
          </Fold>
          {/* Only while protected: leaving the laptop should take one press. */}
          {locks && (
            <Fold key="lock" fold={1}>
              <ProtectionPart part="lock" />
            </Fold>
          )}
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
      {archived ? (
        banner && <banner.ArchivedBanner board={board} />
      ) : (
        <>
          <KeptTextDialog content={content} />
          <QuickCapture content={content} names={names} />
          <CaptureLineHost content={content} names={names} handleRef={handleRef} />
          <Toolbar content={content} handleRef={handleRef} />
          <MeetingArea content={content} names={names} handleRef={handleRef} />
        </>
      )}
      <QuarantineNotice records={content.quarantined} />
      <MissingEndsNotice missing={content.missingEnds} />
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
        {/* Disabled on an archived board: the map's tools (the lists only select, so they keep
            working; the side panel disables its own body). No box of its own: display: contents. */}
        <fieldset className="read-only-frame" disabled={archived}>
          {/* The time bar lies under both views, whichever are shown. */}
          <div className="views-column">
            <BoardViews content={content} handleRef={handleRef} names={names} />
            <TimeBarArea
              open={showTime && !archived}
              onClose={() => setShowTime(false)}
              content={content}
            />
          </div>
        </fieldset>
        <SidePanel content={content} />
      </div>
    </div>
  );
}

/** An open board: the live network with its panels. Loaded on demand (it carries Cytoscape). */
export default function BoardPage({ boardId }: { boardId: string }) {
  const content = useBoardContent(boardId);
  if (content === undefined) return <RouteOpening>Opening board…</RouteOpening>;
  if (content === null) {
    const damaged = damagedBoardRecord(boardId);
    return damaged ? <BoardDamaged problem={damaged.problem} /> : <BoardGone />;
  }
  return <Workspace content={content} />;
}
