import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import {
  workerLayoutEngine,
  type LayoutEngine,
} from '../../../adapters/cytoscape/layout/layoutEngine';
import type { NetworkHandle } from '../../../adapters/cytoscape/intents';
import type { BoardContent } from '../../../db/queries';
import { useUi } from '../../../state/uiStore';
import { LayoutProgress } from './LayoutProgress';
import { layoutChoices, SHOW_PROGRESS_FROM } from './layoutChoices';
import { pinSelected } from './pinSelected';
import { useLayoutRunner } from './useLayoutRunner';
import './layout.css';

const MENU_ID = 'network-layout-menu';

interface Props {
  content: BoardContent;
  handleRef: RefObject<NetworkHandle | null>;
  /** Where layouts are computed; a worker in the app, a fake in component tests. */
  engine?: LayoutEngine;
}

/**
 * The "Layout" toolbar menu: the four automatic layouts, and pinning the selected people so layouts
 * leave them where they are. A menu button in the ARIA pattern (arrow keys, Home, End, Escape).
 * On large boards a running layout shows its progress, with Cancel (or Escape).
 */
export function LayoutMenu({ content, handleRef, engine = workerLayoutEngine }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const selected = useUi((s) => s.selection.people);
  const { running, start, cancel } = useLayoutRunner(content, handleRef, engine);

  const menuItems = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    // Start loading the layout code while the choice is being made.
    engine.prepare?.();
    menuItems()[0]?.focus();
    const away = (e: PointerEvent) => {
      if (!(e.target instanceof Node && button.current?.parentElement?.contains(e.target)))
        setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open, engine]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
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

  const busy = running !== null;
  const noneSelected = selected.length === 0;
  const item = (label: string, disabled: boolean, act: () => void) => (
    <li key={label} role="none">
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        aria-disabled={disabled || undefined}
        onClick={() => {
          if (disabled) return;
          close();
          act();
        }}
      >
        {label}
      </button>
    </li>
  );

  return (
    <span className="layout-control">
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
        Layout
      </button>
      {open && (
        <ul
          ref={menu}
          id={MENU_ID}
          role="menu"
          aria-label="Lay out the network"
          className="layout-menu"
          onKeyDown={onMenuKey}
        >
          {layoutChoices.map((c) => item(c.label, busy, () => void start(c.algorithm)))}
          <li role="separator" />
          {item('Pin selected', noneSelected, () => void pinSelected(content, true))}
          {item('Unpin selected', noneSelected, () => void pinSelected(content, false))}
        </ul>
      )}
      <LayoutProgress
        running={running && running.people > SHOW_PROGRESS_FROM ? running : null}
        onCancel={cancel}
      />
    </span>
  );
}
