import { useEffect } from 'react';
import type { BoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';

/** Drops selected ids whose records are gone (undone, deleted here or in another tab). */
export function usePruneSelection(content: BoardContent): void {
  useEffect(() => {
    const ui = useUi.getState();
    const people = new Set(content.people.map((p) => p.id));
    const links = new Set(content.associations.map((a) => a.id));
    const { selection, draft } = ui;
    const keptPeople = selection.people.filter((id) => people.has(id));
    const keptLinks = selection.associations.filter((id) => links.has(id));
    if (
      keptPeople.length !== selection.people.length ||
      keptLinks.length !== selection.associations.length
    ) {
      ui.select({ people: keptPeople, associations: keptLinks });
    }
    const draftGone =
      (draft?.kind === 'rename' && !people.has(draft.personId)) ||
      (draft?.kind === 'pick-kind' && (!people.has(draft.fromId) || !people.has(draft.toId)));
    if (draftGone) ui.setDraft(null);
    // An undone "Add place" must not leave its panel asking about a place that is not there.
    const places = new Set(content.places.map((p) => p.id));
    const keptPlaces = ui.selection.places.filter((id) => places.has(id));
    if (keptPlaces.length !== ui.selection.places.length) ui.select({ places: keptPlaces });
  }, [content]);
}
