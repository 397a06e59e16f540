import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { BoardContent } from '../../db/queries';
import { chunk, useChunk } from '../../ui/chunk';
import { closeOnEscape } from '../../ui/closeOnEscape';
import { useSizeBy } from '../../state/sizeByStore';
import { createNamedGroup } from '../groups';
import type { Names } from '../names';

// The panel, its worker and graphology are fetched when the panel first opens.
const panelChunk = chunk(() => import('./AnalysisPanel'));

const BUTTON_ID = 'analysis-button';

/**
 * The header's "Analysis" button. The panel is not inside it: the button may fold into the
 * header's More menu, which unmounts what it holds when it closes, and the panel must stay open.
 */
export function AnalysisButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button id={BUTTON_ID} type="button" aria-expanded={open} onClick={onToggle}>
      Analysis
    </button>
  );
}

/**
 * The analysis panel, in `slot`: the board's column beside the views (with the checks), so a
 * person shown from a card is never under the panel.
 */
export function AnalysisArea({
  open,
  onClose,
  content,
  names,
  onShowPerson,
  onShowPlace,
  slot,
}: {
  open: boolean;
  onClose: () => void;
  content: BoardContent;
  names: Names;
  onShowPerson: (personId: string) => void;
  onShowPlace: (placeId: string) => void;
  slot: HTMLElement | null;
}) {
  const sizing = useSizeBy((s) => s.measure !== null);
  const parts = useChunk(panelChunk, open || sizing);
  if (!parts) return null;
  if (!open || !slot) return sizing ? <parts.KeepSizes content={content} /> : null;
  const close = () => {
    onClose();
    document.getElementById(BUTTON_ID)?.focus();
  };
  const panel: ReactNode = (
    <div className="analysis-area" onKeyDown={closeOnEscape(open, close)}>
      <parts.AnalysisPanel
        content={content}
        names={names}
        onClose={close}
        onShow={onShowPerson}
        onShowPlace={onShowPlace}
        acceptGroup={createNamedGroup}
      />
    </div>
  );
  return createPortal(panel, slot);
}
