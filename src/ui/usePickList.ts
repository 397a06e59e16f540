import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/** Number keys 1-9 and then 0 pick the first ten options directly. */
export const pickShortcut = (i: number) => String((i + 1) % 10);

/**
 * A small pick-one listbox that takes focus as it appears (the link-kind pickers): arrows, Home and
 * End move, Enter or Space or a number key picks, Escape or focus leaving cancels. Its keys never
 * reach the board's own shortcuts.
 */
export function usePickList(count: number, onPick: (i: number) => void, onCancel: () => void) {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const baseId = useId();
  useEffect(() => list.current?.focus(), []);

  const pick = (i: number) => {
    if (i < 0 || i >= count) return;
    setActive(i);
    onPick(i);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'ArrowDown') setActive((a) => (a + 1) % count);
    else if (e.key === 'ArrowUp') setActive((a) => (a - 1 + count) % count);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(count - 1);
    else if (e.key === 'Enter' || e.key === ' ') pick(active);
    else if (e.key === 'Escape') onCancel();
    else if (/^[0-9]$/.test(e.key) && (Number(e.key) + 9) % 10 < count)
      pick((Number(e.key) + 9) % 10);
    else return;
    e.preventDefault();
  };

  return {
    titleId: `${baseId}-title`,
    listProps: {
      ref: list,
      role: 'listbox',
      tabIndex: 0,
      'aria-labelledby': `${baseId}-title`,
      'aria-activedescendant': `${baseId}-${active}`,
      onKeyDown,
      onBlur: (e: FocusEvent<HTMLUListElement>) => {
        if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) onCancel();
      },
    },
    optionProps: (i: number) => ({
      id: `${baseId}-${i}`,
      role: 'option',
      'aria-selected': i === active,
      // Keeps focus in the list, so a click does not count as leaving it.
      onMouseDown: (e: React.MouseEvent) => e.preventDefault(),
      onClick: () => pick(i),
    }),
  };
}
