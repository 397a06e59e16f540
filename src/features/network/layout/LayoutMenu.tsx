import type { RefObject } from 'react';
import {
  workerLayoutEngine,
  type LayoutEngine,
} from '../../../adapters/cytoscape/layout/layoutEngine';
import type { NetworkHandle } from '../../../adapters/cytoscape/intents';
import type { BoardContent } from '../../../db/queries';
import { useUi } from '../../../state/uiStore';
import { MenuButton } from '../../../ui/MenuButton';
import { LayoutProgress } from './LayoutProgress';
import { layoutChoices } from './layoutChoices';
import { pinSelected } from './pinSelected';
import { useLayoutRunner, type LayoutRunner } from './useLayoutRunner';
import './layout.css';

const MENU_ID = 'network-layout-menu';

interface Props {
  content: BoardContent;
  handleRef: RefObject<NetworkHandle | null>;
  /** Where layouts are computed; a worker in the app, a fake in component tests. */
  engine?: LayoutEngine;
  /**
   * A runner kept by something that stays on screen (the toolbar), which then shows the progress
   * itself: this menu may fold into "More" and out again, and a layout must outlive that.
   */
  runner?: LayoutRunner;
}

/**
 * The "Layout" toolbar menu: the four automatic layouts, and pinning the selected people so layouts
 * leave them where they are. A menu button in the ARIA pattern (arrow keys, Home, End, Escape).
 * On large boards a running layout shows its progress, with Cancel (or Escape).
 */
export function LayoutMenu({ content, handleRef, engine = workerLayoutEngine, runner }: Props) {
  const selected = useUi((s) => s.selection.people);
  const own = useLayoutRunner(content, handleRef, engine);
  const { running, start, cancel } = runner ?? own;

  const busy = running !== null;
  const noneSelected = selected.length === 0;
  return (
    <MenuButton
      label="Layout"
      menuLabel="Lay out the network"
      id={MENU_ID}
      className="layout"
      busy={busy}
      // Start loading the layout code while the choice is being made.
      onOpen={() => engine.prepare?.()}
      entries={[
        ...layoutChoices.map((c) => ({
          label: c.label,
          disabled: busy,
          act: () => void start(c.algorithm),
        })),
        'separator' as const,
        {
          label: 'Pin selected',
          disabled: noneSelected,
          act: () => void pinSelected(content, true),
        },
        {
          label: 'Unpin selected',
          disabled: noneSelected,
          act: () => void pinSelected(content, false),
        },
      ]}
    >
      {!runner && <LayoutProgress running={running} onCancel={cancel} />}
    </MenuButton>
  );
}
