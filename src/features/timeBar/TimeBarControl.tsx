import type { BoardContent } from '../../db/queries';
import { useFilters } from '../../state/filterStore';
import { chunk, useChunk } from '../../ui/chunk';

// The bar, its heat grid and its arithmetic are fetched when it is first opened.
const barChunk = chunk(() => import('./TimeBar'));

const BUTTON_ID = 'time-bar-button';

/** The header's "Time bar" toggle (it may fold into the header's More menu). */
export function TimeBarButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button id={BUTTON_ID} type="button" aria-pressed={open} onClick={onToggle}>
      Time bar
    </button>
  );
}

// The diagram's dates are set here: the network filter's store is in the board page's chunk (the
// map's incident filter store is not, so the bar's own chunk reads and sets that one).
const setDates = (dateFrom: string | null, dateTo: string | null) =>
  useFilters.getState().setFilter({ dateFrom, dateTo });

/** The time bar under the views, once opened. */
export function TimeBarArea({
  open,
  onClose,
  content,
}: {
  open: boolean;
  onClose: () => void;
  content: Pick<BoardContent, 'associations' | 'incidents'>;
}) {
  const parts = useChunk(barChunk, open);
  const network = useFilters((s) => s.filter);
  if (!open || !parts) return null;
  return (
    <parts.TimeBar
      associations={content.associations}
      incidents={content.incidents}
      dateFrom={network.dateFrom}
      dateTo={network.dateTo}
      hideUndated={network.hideUndated}
      onDates={setDates}
      onClose={() => {
        onClose();
        document.getElementById(BUTTON_ID)?.focus();
      }}
    />
  );
}
