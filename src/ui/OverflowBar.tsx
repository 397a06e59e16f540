import {
  Children,
  isValidElement,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type AriaRole,
  type KeyboardEvent,
  type ReactElement,
  type ReactNode,
} from 'react';

/**
 * One control of an OverflowBar. `fold` says how early it moves into "More" when the bar is short of
 * room: higher folds first, 0 never folds. `sep` draws a divider before it (a new group of tools).
 */
export function Fold(props: { fold?: number; sep?: boolean; children: ReactNode }) {
  return <>{props.children}</>;
}

interface Item {
  key: string;
  fold: number;
  sep: boolean;
  node: ReactNode;
}

/** Anything not wrapped in a Fold folds after the Folds marked 2 or more. */
const DEFAULT_FOLD = 1;

function itemsOf(children: ReactNode): Item[] {
  return Children.toArray(children)
    .filter(isValidElement)
    .map((child, i) => {
      const el = child as ReactElement<{ fold?: number; sep?: boolean; children?: ReactNode }>;
      const key = String(el.key ?? i);
      if (el.type === Fold)
        return {
          key,
          fold: el.props.fold ?? DEFAULT_FOLD,
          sep: el.props.sep ?? false,
          node: el.props.children,
        };
      return { key, fold: DEFAULT_FOLD, sep: false, node: el };
    });
}

/**
 * Which items to fold so the rest fit in `room` pixels: the highest `fold` first, later ones first
 * among equals, until what is left (plus the More button) fits. Pure, so it is unit-tested.
 */
export function chooseFolded(
  items: readonly { key: string; fold: number }[],
  widths: ReadonlyMap<string, number>,
  room: number,
  gap: number,
  moreWidth: number,
): Set<string> {
  const width = (keys: readonly string[]) =>
    keys.reduce((sum, k) => sum + (widths.get(k) ?? 0), 0) + gap * Math.max(0, keys.length - 1);
  const all = items.map((i) => i.key);
  const folded = new Set<string>();
  if (width(all) <= room) return folded;
  const order = items
    .map((item, at) => ({ ...item, at }))
    .filter((i) => i.fold > 0)
    .sort((a, b) => b.fold - a.fold || b.at - a.at);
  for (const item of order) {
    folded.add(item.key);
    const left = all.filter((k) => !folded.has(k));
    if (width(left) + gap + moreWidth <= room) break;
  }
  return folded;
}

/**
 * In a row, what the bar's neighbours could still give up (a title that may be cut short, down to
 * its min-width): the tools take that room before any of them folds, and the neighbours shrink.
 */
function spareBeside(el: HTMLElement): number {
  const row = el.parentElement;
  if (!row) return 0;
  const rowStyle = getComputedStyle(row);
  if (!rowStyle.display.includes('flex') || !rowStyle.flexDirection.startsWith('row')) return 0;
  let spare = 0;
  for (const sibling of row.children) {
    if (sibling === el || !(sibling instanceof HTMLElement)) continue;
    const s = getComputedStyle(sibling);
    const min = parseFloat(s.minWidth);
    if (parseFloat(s.flexShrink) > 0 && Number.isFinite(min))
      spare += Math.max(0, sibling.getBoundingClientRect().width - min);
  }
  return spare;
}

interface Props {
  className: string;
  role?: AriaRole;
  label: string;
  /** The More button's accessible name, starting with its visible word "More". */
  moreLabel: string;
  children: ReactNode;
}

/**
 * A bar of controls that never wraps to a second row: it measures the room it has (a
 * ResizeObserver) and moves the controls that do not fit into a "More" drop-down, a disclosure
 * (button with aria-expanded) whose panel holds the same controls, reached with Tab. Escape or a
 * press elsewhere closes it; Escape gives focus back to the button.
 */
export function OverflowBar({ className, role, label, moreLabel, children }: Props) {
  const items = itemsOf(children);
  const latestItems = useRef(items);
  latestItems.current = items;
  // Which controls the bar holds, in order: the measuring below follows this, not `children`, which
  // is new on every render of the page (every edit of the board).
  const itemsKey = items.map((i) => `${i.key}:${i.fold}:${i.sep}`).join('|');
  const bar = useRef<HTMLDivElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const widths = useRef(new Map<string, number>());
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  // Bumped when the bar or a control in its row changes size (a count or a label grows).
  const [resized, setResized] = useState(0);
  const [open, setOpen] = useState(false);

  // Measuring reads the layout, which forces the browser to lay the page out there and then: on a
  // board of thousands that took milliseconds inside every edit. So it runs only when the
  // controls, the folding or a size has changed, never merely because the page re-rendered.
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    // Controls in the row are measured each time; folded ones keep the width they had when last
    // in the row.
    for (const node of el.querySelectorAll<HTMLElement>(':scope > [data-bar-item]'))
      widths.current.set(node.dataset.barItem!, node.getBoundingClientRect().width);
    const style = getComputedStyle(el);
    const gap = parseFloat(style.columnGap) || 0;
    const inner =
      el.clientWidth -
      (parseFloat(style.paddingLeft) || 0) -
      (parseFloat(style.paddingRight) || 0) +
      spareBeside(el);
    const moreWidth = moreButton.current?.getBoundingClientRect().width ?? 90;
    // A pixel or two spare, so rounding never pushes the last control onto a second row.
    const next = chooseFolded(latestItems.current, widths.current, inner - 2, gap, moreWidth);
    const same = next.size === folded.size && [...next].every((k) => folded.has(k));
    if (!same) setFolded(next);
  }, [itemsKey, folded, resized]);

  // The bar's own width (the window, the panels beside it) and each control in its row (their
  // text changes: counts, labels) are watched; a change is measured in the next frame.
  const watcher = useRef<ResizeObserver | null>(null);
  useEffect(() => {
    const seen = new ResizeObserver(() => setResized((n) => n + 1));
    watcher.current = seen;
    return () => {
      seen.disconnect();
      watcher.current = null;
    };
  }, []);
  useEffect(() => {
    const el = bar.current;
    const seen = watcher.current;
    if (!el || !seen) return;
    seen.disconnect();
    seen.observe(el);
    for (const node of el.querySelectorAll<HTMLElement>(':scope > [data-bar-item]'))
      seen.observe(node);
  }, [itemsKey, folded]);

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!(e.target instanceof Node && moreButton.current?.parentElement?.contains(e.target)))
        setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const onMoreKey = (e: KeyboardEvent) => {
    // A menu or panel inside handles its own Escape first (and marks it handled).
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    setOpen(false);
    moreButton.current?.focus();
  };

  const panelId = `${className.split(' ')[0]}-more`;
  const shown = items.filter((i) => !folded.has(i.key));
  const hidden = items.filter((i) => folded.has(i.key));
  return (
    <div className={`overflow-bar ${className}`} role={role} aria-label={label} ref={bar}>
      {shown.map((item) => (
        <span
          key={item.key}
          data-bar-item={item.key}
          className={item.sep ? 'bar-item bar-sep' : 'bar-item'}
        >
          {item.node}
        </span>
      ))}
      {hidden.length > 0 && (
        <span className="bar-more menu-control" onKeyDown={onMoreKey}>
          <button
            ref={moreButton}
            type="button"
            aria-label={moreLabel}
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={() => setOpen(!open)}
          >
            More <span aria-hidden="true">▾</span>
          </button>
          {open && (
            <div id={panelId} className="bar-more-panel" role="group" aria-label={moreLabel}>
              {hidden.map((item) => (
                <span key={item.key} className="bar-item">
                  {item.node}
                </span>
              ))}
            </div>
          )}
        </span>
      )}
    </div>
  );
}
