import type { KeyboardEvent } from 'react';

/**
 * The key handler for the wrapper of a non-modal panel and its button: Escape closes the panel
 * (`close` gives focus back to the button). Handled there, so the board's own Escape (clear the
 * selection) does not also run.
 */
export function closeOnEscape(open: boolean, close: () => void) {
  if (!open) return undefined;
  return (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    close();
  };
}
