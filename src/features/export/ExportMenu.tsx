import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BoardContent } from '../../db/queries';
import { useStatus } from '../../state/statusStore';
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
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  const menuItems = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    menuItems()[0]?.focus();
    // A click anywhere else closes the menu, as a native menu does.
    const away = (e: PointerEvent) => {
      if (!(e.target instanceof Node && button.current?.parentElement?.contains(e.target)))
        setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

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

  const onMenuKey = (e: KeyboardEvent) => {
    const list = menuItems();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (e.key) {
      case 'Escape':
        close();
        break;
      case 'ArrowDown':
        go(at + 1);
        break;
      case 'ArrowUp':
        go(at - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(list.length - 1);
        break;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
    // Handled here, so the board's own keys (Escape clears the selection) do not also run.
    e.preventDefault();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    setOpen(true);
  };

  return (
    <span className="export-control">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? MENU_ID : undefined}
        aria-busy={busy}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKey}
      >
        Export
      </button>
      {open && (
        <ul
          ref={menu}
          id={MENU_ID}
          role="menu"
          aria-label="Export the network as"
          className="export-menu"
          onKeyDown={onMenuKey}
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
