import { useEffect, useId, type ReactNode } from 'react';
import { restoreSections, useSections } from './sectionsOpen';

/**
 * A long panel section the chair can fold away: a button with `aria-expanded` over its content.
 * The section keeps its own heading or legend for screen readers (the CSS hides it visually
 * under the button, which shows the same words).
 */
export function Collapsible({
  id,
  title,
  children,
}: {
  /** The section's name on this device's list of folded sections ("indicators"). */
  id: string;
  title: string;
  children: ReactNode;
}) {
  const open = useSections((s) => !s.closed.has(id));
  const bodyId = useId();
  useEffect(() => void restoreSections(), []);
  return (
    <div className="collapsible">
      <button
        type="button"
        className="collapsible-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => useSections.getState().toggle(id)}
      >
        <span aria-hidden="true" className="collapsible-mark">
          {open ? '▾' : '▸'}
        </span>
        {title}
      </button>
      <div id={bodyId} className="collapsible-body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
