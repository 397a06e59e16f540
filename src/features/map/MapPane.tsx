import { useEffect, useState, type ComponentType } from 'react';
import type { BoardContent } from '../../db/queries';
import type { Names } from '../names';

interface MapViewProps {
  content: BoardContent;
  names: Names;
  onDeleteSelected: () => void;
  /** Drawn for the presenter window: the map alone, no tools or forms. */
  presenting?: boolean;
}

type MapViewComponent = ComponentType<MapViewProps>;

let loaded: MapViewComponent | null = null;

/**
 * Loads the map code (Leaflet, drawing tools, clustering) the first time the map is shown, so a
 * board that is only ever drawn as a network never pays for it. A plain dynamic import rather than
 * React.lazy: Suspense holds back revealing content for a few hundred milliseconds.
 */
export function MapPane({ content, names, onDeleteSelected, presenting }: MapViewProps) {
  const [View, setView] = useState<MapViewComponent | null>(() => loaded);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (View) return;
    let live = true;
    import('./MapView').then(
      (m) => {
        loaded = m.default;
        if (live) setView(() => m.default);
      },
      (e: unknown) => {
        if (live) setFailed(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [View]);
  if (failed)
    return (
      <p role="alert" className="map-loading">
        The map could not be loaded: {failed}. Reload the page to try again.
      </p>
    );
  if (!View) return <p className="map-loading muted">Opening the map…</p>;
  return (
    <View
      content={content}
      names={names}
      onDeleteSelected={onDeleteSelected}
      presenting={presenting}
    />
  );
}
