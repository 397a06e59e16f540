import { createContext, useContext, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { useMenuButton } from './useMenuButton';

const CloseMenu = createContext<() => void>(() => {});

interface Props {
  /** Names the control's classes: `<name>-control` around it, `<name>-menu` on the list. */
  name: string;
  /** The menu list's id. */
  id: string;
  /** The menu's accessible name, e.g. "Places". */
  menuLabel: string;
  /** What the button shows (its accessible name, unless `buttonAttrs` gives one). */
  button: ReactNode;
  buttonAttrs?: Pick<
    ButtonHTMLAttributes<HTMLButtonElement>,
    'title' | 'aria-pressed' | 'aria-busy'
  >;
  /** Called each time the menu opens (e.g. to start loading what the items need). */
  onOpen?: () => void;
  /** The menu's entries: `MenuItem`s and `<li role="separator" />`. */
  children: ReactNode;
  /** Shown after the menu, inside the same control (a dialog, a running task's progress). */
  after?: ReactNode;
}

/**
 * A toolbar button with a drop-down menu in the ARIA menu-button pattern (see useMenuButton): the
 * markup every toolbar menu shares, so each says only what its entries are.
 */
export function ToolbarMenu(props: Props) {
  const { name, id, menuLabel, button, buttonAttrs, onOpen, children, after } = props;
  const { open, toggle, close, buttonProps, menuProps } = useMenuButton(onOpen);
  return (
    <span className={`${name}-control menu-control`}>
      <button
        {...buttonProps}
        {...buttonAttrs}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={toggle}
      >
        {button}
      </button>
      {open && (
        <ul
          {...menuProps}
          id={id}
          role="menu"
          aria-label={menuLabel}
          className={`toolbar-menu ${name}-menu`}
        >
          <CloseMenu.Provider value={close}>{children}</CloseMenu.Provider>
        </ul>
      )}
      {after}
    </span>
  );
}

interface ItemProps {
  onChoose: () => void;
  /** A radio item says whether it is the current choice. */
  checked?: boolean;
  /** Stays focusable and says so, as the pattern asks, but does nothing. */
  disabled?: boolean;
  title?: string;
  children: ReactNode;
}

/** One entry of a ToolbarMenu. Choosing it closes the menu first, returning focus to the button. */
export function MenuItem({ onChoose, checked, disabled, title, children }: ItemProps) {
  const close = useContext(CloseMenu);
  return (
    <li role="none">
      <button
        type="button"
        role={checked === undefined ? 'menuitem' : 'menuitemradio'}
        aria-checked={checked}
        aria-disabled={disabled || undefined}
        tabIndex={-1}
        title={title}
        onClick={() => {
          if (disabled) return;
          close();
          onChoose();
        }}
      >
        {children}
      </button>
    </li>
  );
}
