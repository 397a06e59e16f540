import { resetSaveStatus } from '../../src/db/saveStatus';
import { resetBoardStores } from '../../src/db/boardStore';
import { history } from '../../src/commands/history';
import { useBoardContent } from '../../src/db/queries';
import { QuarantineNotice } from '../../src/features/boards/QuarantineNotice';
import { SidePanel } from '../../src/features/board/SidePanel';
import { PeopleList } from '../../src/features/people/PeopleList';
import { useStatus } from '../../src/state/statusStore';
import { NO_SELECTION, useUi } from '../../src/state/uiStore';
import { addDays, todayString } from '../../src/domain/dates';

/** jsdom has no modal dialogs: enough of `showModal` / `close` for the app's <Dialog>. */
export function installDialogPolyfill(): void {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

/** Puts the Zustand stores back to how the app starts. */
export function resetStores(): void {
  useUi.setState({
    route: { name: 'boards' },
    selection: NO_SELECTION,
    presenterSafe: false,
    tool: 'move',
    draft: null,
  });
  useStatus.setState({
    storageProblem: null,
    notices: [],
  });
  history.clear();
  resetSaveStatus();
  resetBoardStores();
  sessionStorage.clear();
}

export function selectPeople(...people: string[]): void {
  useUi.setState({ selection: { ...NO_SELECTION, people } });
}

export function selectGroups(...groups: string[]): void {
  useUi.setState({ selection: { ...NO_SELECTION, groups } });
}

export function selectAssociations(...associations: string[]): void {
  useUi.setState({ selection: { ...NO_SELECTION, associations } });
}

/** A date `days` from today, as `YYYY-MM-DD` (negative for the past). */
export const daysFromToday = (days: number): string => addDays(todayString(), days);

/**
 * The open board as BoardPage builds it, without the Cytoscape canvas: the live board content from
 * the database, the set-aside notice, the people list and the side panel for the selection.
 */
export function BoardHarness({ boardId }: { boardId: string }) {
  const content = useBoardContent(boardId);
  if (content === undefined) return <p>Opening board…</p>;
  if (content === null) return <p role="alert">No such board</p>;
  return (
    <div>
      <QuarantineNotice records={content.quarantined} />
      <PeopleList
        people={content.people}
        onShow={() => undefined}
        nameOf={(p) => p.displayName}
        safeSearch={false}
      />
      <SidePanel content={content} />
    </div>
  );
}
