import type { ReactNode } from 'react';
import { useMenuButton } from './useMenuButton';

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

/**
 * A toolbar button with a drop-down menu in the ARIA menu-button pattern (see useMenuButton). A
 * disabled item stays focusable and says so, as the pattern asks; choosing an item closes the
 * menu first, returning focus to the button.
 */
export function MenuButton(props: Props) {
  const { label, menuLabel, id, className, entries, busy = false, onOpen, children } = props;
  const { open, toggle, close, buttonProps, menuProps } = useMenuButton(onOpen);
  return (
    <span className={`${className}-control menu-control`}>
      <button
        {...buttonProps}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-busy={busy}
        onClick={toggle}
      >
        {label}
      </button>
      {open && (
        <ul
          {...menuProps}
          id={id}
          role="menu"
          aria-label={menuLabel}
          className={`toolbar-menu ${className}-menu`}
        >
          {entries.map((entry, i) =>
            entry === 'separator' ? (
              <li key={`separator-${i}`} role="separator" />
            ) : (
              <li key={entry.label} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  aria-disabled={entry.disabled || undefined}
                  onClick={() => {
                    if (entry.disabled) return;
                    close();
                    entry.act();
                  }}
                >
                  {entry.label}
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      {children}
    </span>
  );
}
