import type { RefObject } from 'react';
import {
  workerLayoutEngine,
  type LayoutEngine,
} from '../../../adapters/cytoscape/layout/layoutEngine';
import type { NetworkHandle } from '../../../adapters/cytoscape/intents';
import type { BoardContent } from '../../../db/queries';
import { useUi } from '../../../state/uiStore';
import { useMenuButton } from '../../../ui/useMenuButton';
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
  const selected = useUi((s) => s.selection.people);
  const { running, start, cancel } = useLayoutRunner(content, handleRef, engine);

  // Start loading the layout code while the choice is being made.
  const { open, toggle, close, buttonProps, menuProps } = useMenuButton(() => engine.prepare?.());

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
        {...buttonProps}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? MENU_ID : undefined}
        aria-busy={busy}
        onClick={toggle}
      >
        Layout
      </button>
      {open && (
        <ul
          {...menuProps}
          id={MENU_ID}
          role="menu"
          aria-label="Lay out the network"
          className="toolbar-menu layout-menu"
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
