import { useLayoutEffect, useRef, useState } from 'react';
import type { BoardContent } from '../../../db/queries';
import { useFilters } from '../../../state/filterStore';
import { closeOnEscape } from '../../../ui/closeOnEscape';
import { FiltersPanel } from './FiltersPanel';
import { filtersActive } from '../../../domain/networkFilter';
import '../../../ui/filters.css';

const PANEL_ID = 'network-filters';
const MARGIN = 8;

/** How far to move a box sideways so that it fits inside the window. */
function shiftIntoView(box: DOMRect, shiftNow: number): number {
  const left = box.left - shiftNow;
  const tooFarRight = window.innerWidth - MARGIN - (left + box.width);
  return Math.max(MARGIN - left, Math.min(0, tooFarRight));
}

/**
 * The "Filters" toolbar button and the panel it opens. The panel is not modal: the diagram stays
 * live beside it, so the chair sees each choice take effect. Escape closes it.
 */
export function FiltersControl({ content }: { content: Pick<BoardContent, 'people' | 'groups'> }) {
  const open = useFilters((s) => s.panelOpen);
  const active = useFilters((s) => filtersActive(s.filter));
  const setOpen = useFilters((s) => s.setPanelOpen);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const [shift, setShift] = useState(0);

  // The toolbar wraps, so the button can sit anywhere along it: keep the panel inside the window.
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const box = popover.current?.getBoundingClientRect();
      if (box) setShift((now) => shiftIntoView(box, now));
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <span className="filters-control" onKeyDown={closeOnEscape(open, close)}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        className={active ? 'filters-on' : undefined}
        onClick={() => setOpen(!open)}
      >
        Filters
      </button>
      {open && (
        <div ref={popover} className="filters-popover" style={{ left: shift }}>
          <FiltersPanel id={PANEL_ID} content={content} onClose={close} />
        </div>
      )}
    </span>
  );
}
