import { useRef, type RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { MAX_SHARE, MIN_SHARE, useViews, type BoardViews as Views } from '../../state/viewStore';
import { SplitHandle } from '../../ui/SplitHandle';
import { MapPane } from '../map';
import { PlaceLinkPicker } from '../places';
import { useMapUi } from '../../state/mapStore';
import type { Names } from '../names';
import { NetworkView } from '../network';
import { deleteSelected } from './deleteSelected';

const choices: { views: Views; label: string }[] = [
  { views: 'network', label: 'Network' },
  { views: 'both', label: 'Network and map' },
  { views: 'map', label: 'Map' },
];

/** Network alone, map alone, or both side by side: one press each, shown in the header. */
export function ViewSwitch() {
  const views = useViews((s) => s.views);
  const setViews = useViews((s) => s.setViews);
  return (
    <div className="view-switch" role="group" aria-label="Views">
      {choices.map((c) => (
        <button
          key={c.views}
          type="button"
          aria-pressed={views === c.views}
          onClick={() => setViews(c.views)}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}

/**
 * The board's two views of one model. The network keeps its place in the tree whichever views are
 * shown (hidden, not destroyed, while the map is alone), so switching never rebuilds the diagram.
 */
export function BoardViews({
  content,
  handleRef,
  names,
}: {
  content: BoardContent;
  handleRef: RefObject<NetworkHandle | null>;
  names: Names;
}) {
  const views = useViews((s) => s.views);
  const share = useViews((s) => s.mapShare);
  const setShare = useViews((s) => s.setMapShare);
  const box = useRef<HTMLDivElement>(null);
  const linkDraft = useMapUi((s) => s.linkDraft);
  const columns = views === 'both' ? `${1 - share}fr auto ${share}fr` : '1fr';
  return (
    <div
      className={`board-views views-${views}`}
      ref={box}
      style={{ gridTemplateColumns: columns }}
    >
      <div key="network" className="split-pane" hidden={views === 'map'}>
        <NetworkView content={content} handleRef={handleRef} />
      </div>
      {views === 'both' && (
        <SplitHandle
          key="handle"
          share={share}
          min={MIN_SHARE}
          max={MAX_SHARE}
          onShare={setShare}
          label="Resize the network and the map"
          container={() => box.current}
        />
      )}
      {views !== 'network' && (
        <div key="map" className="split-pane">
          <MapPane
            content={content}
            names={names}
            onDeleteSelected={() => void deleteSelected(content)}
          />
        </div>
      )}
      {linkDraft && <PlaceLinkPicker draft={linkDraft} content={content} names={names} />}
    </div>
  );
}
