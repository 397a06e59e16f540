import { useEffect, useState } from 'react';
import { BOARD_LIST_SCOPE } from '../commands/command';
import { currentUserName } from '../commands/identity';
import { BoardListPage } from '../features/boards';
import { BoardFileHost } from '../features/boardFile';
import { PackRoute } from '../features/pack';
import { ProfileRoute } from '../features/profile';
import { handleUndoKeys, undoIn } from '../features/history';
import { useUi } from '../state/uiStore';
import { Notices } from '../ui/Notices';
import { StorageBanner } from '../ui/StorageBanner';
import { ProtectionPart, useProtection } from '../features/protection';
import { AskNameDialog } from './AskNameDialog';
import { bootOn, bootstrap, type Boot } from './bootstrap';
import { BoardRoute, loadBoardPage, PresenterRoute } from '../features/board';
import { startRouter } from './router';

function preloadBoardPage(): void {
  const load = () => void loadBoardPage();
  if ('requestIdleCallback' in window) window.requestIdleCallback(load);
  else setTimeout(load, 200);
}

type Phase = { name: 'opening' } | Boot;

export function App() {
  const [phase, setPhase] = useState<Phase>({ name: 'opening' });
  const route = useUi((s) => s.route);
  // The board list and the problem profile (of one board or several) undo in the list's scope.
  const scope = 'boardId' in route ? route.boardId : BOARD_LIST_SCOPE;
  // The projector's window shows the chair's board and nothing else: no undo, files or messages.
  const presenting = route.name === 'present';

  useEffect(() => {
    let live = true;
    void bootstrap().then((boot) => {
      if (live) setPhase(boot);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => startRouter(), []);
  useEffect(() => {
    if (phase.name === 'ready') preloadBoardPage();
  }, [phase.name]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (phase.name === 'ready' && !presenting) handleUndoKeys(e, scope);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scope, phase.name, presenting]);

  return (
    <div className="app">
      <StorageBanner />
      {phase.name === 'opening' && (
        <p className="muted" style={{ padding: '1rem' }}>
          Opening your boards…
        </p>
      )}
      {phase.name === 'failed' && (
        <p style={{ padding: '1rem' }}>
          Your boards could not be opened in this tab. The message above says why.
        </p>
      )}
      {(phase.name === 'locked' || phase.name === 'damaged') && (
        <ProtectionPart part={phase.name} onOpen={() => void bootOn().then(setPhase)} />
      )}
      {phase.name === 'ready' && <ProtectionPart part="host" presenting={presenting} />}
      {phase.name === 'ready' && presenting && (
        <main className="app-main" aria-label="Presenter screen">
          <PresenterRoute />
        </main>
      )}
      {phase.name === 'ready' && !presenting && !phase.userName && (
        <AskNameDialog
          onDone={(userName) => {
            // Just named: the first run, when protecting the device is offered (once).
            useProtection.setState({ offer: true });
            setPhase({ name: 'ready', userName });
          }}
        />
      )}
      {phase.name === 'ready' && !presenting && phase.userName && (
        <main
          className="app-main"
          aria-label={`Peers & Places, signed in on this device as ${currentUserName()}`}
        >
          {route.name === 'boards' ? (
            <BoardListPage />
          ) : route.name === 'pack' ? (
            <PackRoute boardId={route.boardId} meetingId={route.meetingId} />
          ) : route.name === 'profile' ? (
            <ProfileRoute query={route.query} />
          ) : (
            <BoardRoute boardId={route.boardId} />
          )}
        </main>
      )}
      {/* Dropping a board file anywhere on the app opens it; the board file dialogs live here. */}
      {phase.name === 'ready' && !presenting && phase.userName && <BoardFileHost />}
      {!presenting && <Notices onUndo={(s) => void undoIn(s)} />}
    </div>
  );
}
