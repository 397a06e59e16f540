import { runCommand, type RunResult } from '../../commands/bus';
import { deleteSelection } from '../../commands/people/deleteSelection';
import { linkToPlace } from '../../commands/placeLinks/linkToPlace';
import { updatePlaceLink, type PlaceLinkPatch } from '../../commands/placeLinks/updatePlaceLink';
import { newId } from '../../domain/ids';
import type { PlaceLink } from '../../domain/kinds/placeLink';
import { placeLinkKinds, type PlaceLinkKind } from '../../domain/vocabulary';
import { useStatus } from '../../state/statusStore';

export const linkKindLabel = (k: PlaceLinkKind) =>
  placeLinkKinds.find((x) => x.key === k)?.label ?? k;

const report = (r: RunResult) => {
  if (!r.ok) useStatus.getState().notify({ tone: 'error', text: r.message });
  return r;
};

/** Links a person or group to a place, e.g. from a panel or a drag onto the map. */
export async function linkSubjectToPlace(
  boardId: string,
  subject: { kind: 'person' | 'group'; id: string; name: string },
  place: { id: string; name: string },
  kind: PlaceLinkKind,
): Promise<RunResult> {
  return report(
    await runCommand(
      linkToPlace(
        boardId,
        newId(),
        { placeId: place.id, subjectKind: subject.kind, subjectId: subject.id, kind },
        `Link ${subject.name} to ${place.name} (${linkKindLabel(kind).toLowerCase()})`,
      ),
    ),
  );
}

export async function changePlaceLink(
  link: PlaceLink,
  patch: PlaceLinkPatch,
  what: string,
): Promise<RunResult> {
  return report(await runCommand(updatePlaceLink(link, patch, `Edit link: ${what}`)));
}

export async function removePlaceLink(link: PlaceLink, what: string): Promise<RunResult> {
  return report(
    await runCommand(
      deleteSelection(link.boardId, [], [], `Remove link: ${what}`, { placeLinks: [link.id] }),
    ),
  );
}
