import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A toolbar menu button in the ARIA pattern: the button opens the menu (also with the arrow keys),
 * the first item takes focus, arrow keys, Home and End move, Escape closes and returns focus to the
 * button, Tab or a click elsewhere closes. Keys it handles are not also seen by the board's own
 * shortcuts (Escape would otherwise clear the selection too).
 */
export function useMenuButton(onOpen?: () => void) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const openRef = useRef(onOpen);
  openRef.current = onOpen;

  const menuItems = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem], [role=menuitemradio]') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    openRef.current?.();
    menuItems()[0]?.focus();
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
    e.preventDefault();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    setOpen(true);
  };

  return {
    open,
    toggle: () => setOpen((o) => !o),
    close,
    buttonProps: { ref: button, onKeyDown: onButtonKey },
    menuProps: { ref: menu, onKeyDown: onMenuKey },
  };
}
