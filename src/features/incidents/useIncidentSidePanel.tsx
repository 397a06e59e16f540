import type { ReactNode } from 'react';
import type { BoardContent } from '../../db/queries';
import { useIncidentDraft } from '../../state/incidentDraftStore';
import { useUi } from '../../state/uiStore';
import type { Names } from '../names';
import { chunk, useChunk } from '../../ui/chunk';

const incidentPanels = chunk(() => import('./incidentPanels'));
const opening = <p className="muted">Opening…</p>;

/**
 * What the side panel shows for incidents, or null when they are not its business: the form of an
 * incident being recorded (before anything else), the panel of the one incident selected, or a
 * summary when only incidents are selected.
 */
export function useIncidentSidePanel(
  content: BoardContent,
  names: Names,
  onDelete: () => void,
): ReactNode | null {
  const draft = useIncidentDraft((s) => s.draft);
  const selection = useUi((s) => s.selection);
  const placeName = (name: string) => (names.hiding ? names.mask(name) : name);
  const { incidents } = selection;
  const panels = useChunk(incidentPanels, draft !== null || incidents.length === 1);
  if (draft) {
    const key = 'placeId' in draft ? draft.placeId : draft.point.join(',');
    return panels ? (
      <panels.NewIncidentForm key={key} content={content} spot={draft} placeName={placeName} />
    ) : (
      opening
    );
  }
  const others =
    selection.people.length +
    selection.associations.length +
    selection.groups.length +
    selection.annotations.length +
    selection.places.length;
  if (incidents.length === 0 || others > 0) return null;
  if (incidents.length === 1) {
    const incident = content.incidents.find((i) => i.id === incidents[0]);
    if (!incident) return null;
    return panels ? (
      <panels.IncidentPanel
        key={incident.id}
        incident={incident}
        content={content}
        names={names}
        onDelete={onDelete}
      />
    ) : (
      opening
    );
  }
  return (
    <section aria-label="Selection">
      <h2>{incidents.length} incidents selected</h2>
      <button type="button" onClick={onDelete}>
        Delete selected
      </button>
    </section>
  );
}
