import { useMapUi, type MapTool } from '../../state/mapStore';

const tools: { tool: MapTool; label: string; hint: string }[] = [
  { tool: 'point', label: 'Point', hint: 'Click the map where the place is' },
  {
    tool: 'polygon',
    label: 'Area',
    hint: 'Click each corner; click the first corner or double-click to finish',
  },
  { tool: 'rectangle', label: 'Rectangle', hint: 'Drag out the rectangle' },
  { tool: 'circle', label: 'Circle', hint: 'Drag from the middle outwards' },
];

interface Props {
  onFit: () => void;
  onOnlineSpace: () => void;
  onDelete: () => void;
  canDelete: boolean;
  /** Further controls (basemap, incidents, export) from the map's other parts. */
  children?: React.ReactNode;
}

/**
 * Drawing tools for places and the map's other controls; every one is a named button. Zooming is
 * Leaflet's own control on the map (and + and - when the map has focus).
 */
export function MapToolbar({ onFit, onOnlineSpace, onDelete, canDelete, children }: Props) {
  const tool = useMapUi((s) => s.tool);
  const setTool = useMapUi((s) => s.setTool);
  return (
    <div className="toolbar map-toolbar" role="toolbar" aria-label="Map tools">
      <span className="toolbar-label" id="draw-place-label">
        Draw:
      </span>
      {tools.map((t) => (
        <button
          key={t.tool}
          type="button"
          aria-pressed={tool === t.tool}
          title={t.hint}
          aria-describedby="draw-place-label"
          onClick={() => setTool(tool === t.tool ? 'select' : t.tool)}
        >
          {t.label}
        </button>
      ))}
      <button type="button" onClick={onOnlineSpace}>
        Online space
      </button>
      <button type="button" onClick={onDelete} disabled={!canDelete}>
        Delete place
      </button>
      <span className="sep" />
      {children}
      <button type="button" onClick={onFit}>
        Fit places
      </button>
    </div>
  );
}
