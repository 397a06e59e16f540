import { useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { useStatus } from '../../state/statusStore';
import { useMenuButton } from '../../ui/useMenuButton';
import type { ExportFormat } from './exportInput';
import './export.css';

const MENU_ID = 'network-export-menu';
const items: { format: ExportFormat; label: string }[] = [
  { format: 'png', label: 'PNG image' },
  { format: 'svg', label: 'SVG image' },
];

/**
 * The "Export" toolbar menu: the network as a PNG or SVG image, with the legend, title, date and
 * marking. A menu button in the ARIA pattern: arrow keys move between the items, Escape closes.
 */
export function ExportMenu({ content }: { content: BoardContent }) {
  const [busy, setBusy] = useState(false);
  const { open, toggle, close, buttonProps, menuProps } = useMenuButton();

  const run = async (format: ExportFormat) => {
    close();
    if (busy) return;
    setBusy(true);
    try {
      // Loaded on first use: the drawing code is not part of the app's first download.
      const { exportNetwork } = await import('./exportNetwork');
      await exportNetwork(content, format);
    } catch (error) {
      useStatus.getState().notify({
        tone: 'error',
        text: `The image could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="export-control">
      <button
        {...buttonProps}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? MENU_ID : undefined}
        aria-busy={busy}
        onClick={toggle}
      >
        Export
      </button>
      {open && (
        <ul
          {...menuProps}
          id={MENU_ID}
          role="menu"
          aria-label="Export the network as"
          className="toolbar-menu export-menu"
        >
          {items.map((item) => (
            <li key={item.format} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => void run(item.format)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
