import { useUi } from '../../state/uiStore';
import { Dialog } from '../../ui/Dialog';
import { ShortcutList } from './ShortcutList';

/** The shortcut sheet, opened with ? on a board. */
export function ShortcutSheet() {
  const open = useUi((s) => s.shortcutsOpen);
  const setOpen = useUi((s) => s.setShortcutsOpen);
  if (!open) return null;
  return (
    <Dialog title="Keyboard shortcuts" open onClose={() => setOpen(false)}>
      <ShortcutList />
      <div className="dialog-actions">
        <button type="button" onClick={() => setOpen(false)} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
