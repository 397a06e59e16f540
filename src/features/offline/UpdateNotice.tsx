import { useState } from 'react';
import { useUi } from '../../state/uiStore';

/**
 * "A new version is ready": a small note in a corner, over the board and never moving it. Nothing
 * reloads until the user chooses to; "Update later" hides it until the app is next opened. Not on
 * the projector's screen, which shows the board and nothing else.
 */
export function UpdateNotice({ apply }: { apply: () => void }) {
  const [dismissed, setDismissed] = useState(false);
  const presenting = useUi((s) => s.route.name === 'present');
  if (dismissed || presenting) return null;
  return (
    <aside className="app-update" aria-label="New version">
      <p role="status">A new version of Peers &amp; Places is ready.</p>
      <button type="button" onClick={apply}>
        Reload to update
      </button>
      <button type="button" onClick={() => setDismissed(true)}>
        Update later
      </button>
    </aside>
  );
}
