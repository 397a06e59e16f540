import { usePresenterLink } from './presenterLink';
import { closePresenterScreen, openPresenterScreen } from './usePresenterBroadcast';

/**
 * The header control for the projector's window. It says when one is open and offers to close
 * it; closing that window by hand changes nothing here but this label.
 */
export function PresenterButton({ boardId }: { boardId: string }) {
  const open = usePresenterLink((s) => s.open);
  return open ? (
    <button type="button" onClick={closePresenterScreen}>
      Close presenter screen
    </button>
  ) : (
    <button type="button" onClick={() => openPresenterScreen(boardId)}>
      Open presenter screen
    </button>
  );
}
