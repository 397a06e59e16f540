interface Props {
  /** Share of the width given to the pane after the separator, 0-1. */
  share: number;
  min: number;
  max: number;
  onShare: (share: number) => void;
  label: string;
  /** The box the two panes share, to turn pointer positions into shares. */
  container: () => HTMLElement | null;
}

/**
 * The bar between two panes: drag it, or move it with the arrow keys (Shift for bigger steps,
 * Home and End for the limits), as the WAI-ARIA window splitter pattern describes.
 */
export function SplitHandle({ share, min, max, onShare, label, container }: Props) {
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    const el = container();
    if (!el) return;
    e.preventDefault();
    const rect = el.getBoundingClientRect();
    const move = (ev: PointerEvent) => onShare(1 - (ev.clientX - rect.left) / rect.width);
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  return (
    <div
      className="split-handle"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(share * 100)}
      aria-valuemin={Math.round(min * 100)}
      aria-valuemax={Math.round(max * 100)}
      onPointerDown={onPointerDown}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 0.1 : 0.05;
        const next =
          e.key === 'ArrowLeft'
            ? share + step
            : e.key === 'ArrowRight'
              ? share - step
              : e.key === 'Home'
                ? max
                : e.key === 'End'
                  ? min
                  : null;
        if (next === null) return;
        e.preventDefault();
        e.stopPropagation();
        onShare(next);
      }}
    />
  );
}
