import { useMemo } from 'react';
import type { BoardContent } from '../../db/queries';
import { useViews } from '../../state/viewStore';
import type { Names } from '../names';
import type { NetworkModel } from '../../adapters/cytoscape/elements';
import { buildNetworkModel } from './networkModel';
import { placeNodes } from './placeNodes';

/**
 * What the diagram draws from the board: people, associations, groups and notes under the names in
 * force, plus place signs when Show places is on (laid out clear of people, each other and notes).
 * The chair's diagram and the presenter's draw the same model.
 */
export function useNetworkModel(content: BoardContent, names: Names): NetworkModel {
  const { people, associations, positions, memberships, groups, annotations } = content;
  const { places, placeLinks } = content;
  const showPlaces = useViews((s) => s.showPlaces);
  return useMemo(() => {
    const mask = names.hiding ? names.mask : undefined;
    const m = buildNetworkModel(
      { people, associations, positions, memberships, groups, annotations },
      { policy: names.policy, mask },
    );
    if (!showPlaces) return m;
    const shown = placeNodes(
      { places, placeLinks, positions, memberships },
      m.people,
      mask ?? ((t: string) => t),
      m.notes,
    );
    return { ...m, ...shown };
  }, [
    people,
    associations,
    positions,
    memberships,
    groups,
    annotations,
    names,
    showPlaces,
    places,
    placeLinks,
  ]);
}
