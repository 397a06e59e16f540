import type { ReactNode } from 'react';
import { MenuItem, ToolbarMenu } from './ToolbarMenu';

export type MenuEntry = { label: string; disabled?: boolean; act: () => void } | 'separator';

interface Props {
  /** The button's text. */
  label: string;
  /** The menu's accessible name, e.g. "Export the network as". */
  menuLabel: string;
  id: string;
  className: string;
  entries: readonly MenuEntry[];
  busy?: boolean;
  /** Called each time the menu opens (e.g. to start loading what the items need). */
  onOpen?: () => void;
  /** Shown after the menu, inside the same control (e.g. a running task's progress). */
  children?: ReactNode;
}

/** A toolbar menu of plain entries, given as a list (see ToolbarMenu for the pattern). */
export function MenuButton(props: Props) {
  const { label, menuLabel, id, className, entries, busy = false, onOpen, children } = props;
  return (
    <ToolbarMenu
      name={className}
      id={id}
      menuLabel={menuLabel}
      button={label}
      buttonAttrs={{ 'aria-busy': busy }}
      onOpen={onOpen}
      after={children}
    >
      {entries.map((entry, i) =>
        entry === 'separator' ? (
          <li key={`separator-${i}`} role="separator" />
        ) : (
          <MenuItem key={entry.label} disabled={entry.disabled} onChoose={entry.act}>
            {entry.label}
          </MenuItem>
        ),
      )}
    </ToolbarMenu>
  );
}
