import { useMapUi, type MapTool } from '../../state/mapStore';
import { Fold, OverflowBar } from '../../ui/OverflowBar';
import { MenuItem, ToolbarMenu } from '../../ui/ToolbarMenu';

const tools: { tool: Exclude<MapTool, 'select'>; label: string; hint: string }[] = [
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
  /**
   * Further controls (basemap, incidents, legend, export) from the map's other parts, each in a
   * `Fold` that says how early it goes into More.
   */
  children?: React.ReactNode;
}

/**
 * Drawing and deleting places, gathered in one "Places" menu. While a tool is on, the button says
 * which (Escape or "Stop drawing" ends it).
 */
function PlacesMenu({ onOnlineSpace, onDelete, canDelete }: Omit<Props, 'onFit' | 'children'>) {
  const tool = useMapUi((s) => s.tool);
  const setTool = useMapUi((s) => s.setTool);
  const drawing = tools.find((t) => t.tool === tool);
  return (
    <ToolbarMenu
      name="places"
      id="places-menu"
      menuLabel="Places"
      button={drawing ? `Drawing: ${drawing.label}` : 'Places'}
      buttonAttrs={{ 'aria-pressed': drawing ? true : undefined, title: drawing?.hint }}
    >
      {tools.map((t) => (
        <MenuItem
          key={t.tool}
          checked={tool === t.tool}
          title={t.hint}
          onChoose={() => setTool(t.tool)}
        >
          {t.label}
        </MenuItem>
      ))}
      <MenuItem onChoose={onOnlineSpace}>Online space</MenuItem>
      <li role="separator" />
      {drawing && <MenuItem onChoose={() => setTool('select')}>Stop drawing</MenuItem>}
      <MenuItem disabled={!canDelete} onChoose={onDelete}>
        Delete selected place
      </MenuItem>
    </ToolbarMenu>
  );
}

/**
 * The map's controls on one row, however narrow the map's pane (beside the network and the checks
 * on a laptop): what does not fit folds into "More". Places never folds (its button also says what
 * is being drawn) and Fit places folds last; the callers' Folds say the rest. Every control is a
 * named button. Zooming is Leaflet's own control on the map (and + and - when the map has focus).
 */
export function MapToolbar({ onFit, onOnlineSpace, onDelete, canDelete, children }: Props) {
  return (
    <OverflowBar
      className="map-toolbar toolbar"
      role="toolbar"
      label="Map tools"
      moreLabel="More map tools"
    >
      <Fold key="places" fold={0}>
        <PlacesMenu onOnlineSpace={onOnlineSpace} onDelete={onDelete} canDelete={canDelete} />
      </Fold>
      {children}
      <Fold key="fit" fold={1} sep>
        <button type="button" onClick={onFit}>
          Fit places
        </button>
      </Fold>
    </OverflowBar>
  );
}
