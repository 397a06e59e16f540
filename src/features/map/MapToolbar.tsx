import { useMapUi, type MapTool } from '../../state/mapStore';
import { useMenuButton } from '../../ui/useMenuButton';

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
  /** Further controls (basemap, incidents, export) from the map's other parts. */
  children?: React.ReactNode;
}

/**
 * Drawing and deleting places, gathered in one "Places" menu so the toolbar stays on one or two
 * rows beside the network on a 1920-pixel projector. While a tool is on, the button says which
 * (Escape or "Stop drawing" ends it).
 */
function PlacesMenu({ onOnlineSpace, onDelete, canDelete }: Omit<Props, 'onFit' | 'children'>) {
  const tool = useMapUi((s) => s.tool);
  const setTool = useMapUi((s) => s.setTool);
  const { open, toggle, close, buttonProps, menuProps } = useMenuButton();
  const drawing = tools.find((t) => t.tool === tool);
  const act = (run: () => void) => () => {
    close();
    run();
  };
  return (
    <span className="places-control menu-control">
      <button
        {...buttonProps}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'places-menu' : undefined}
        aria-pressed={drawing ? true : undefined}
        title={drawing?.hint}
        onClick={toggle}
      >
        {drawing ? `Drawing: ${drawing.label}` : 'Places'}
      </button>
      {open && (
        <ul
          {...menuProps}
          id="places-menu"
          role="menu"
          aria-label="Places"
          className="toolbar-menu places-menu"
        >
          {tools.map((t) => (
            <li key={t.tool} role="none">
              <button
                type="button"
                role="menuitemradio"
                aria-checked={tool === t.tool}
                tabIndex={-1}
                title={t.hint}
                onClick={act(() => setTool(t.tool))}
              >
                {t.label}
              </button>
            </li>
          ))}
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={act(onOnlineSpace)}>
              Online space
            </button>
          </li>
          <li role="separator" />
          {drawing && (
            <li role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={act(() => setTool('select'))}
              >
                Stop drawing
              </button>
            </li>
          )}
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={!canDelete || undefined}
              onClick={() => {
                if (!canDelete) return;
                close();
                onDelete();
              }}
            >
              Delete selected place
            </button>
          </li>
        </ul>
      )}
    </span>
  );
}

/**
 * The map's controls; every one is a named button. Zooming is Leaflet's own control on the map
 * (and + and - when the map has focus).
 */
export function MapToolbar({ onFit, onOnlineSpace, onDelete, canDelete, children }: Props) {
  return (
    <div className="toolbar map-toolbar" role="toolbar" aria-label="Map tools">
      <PlacesMenu onOnlineSpace={onOnlineSpace} onDelete={onDelete} canDelete={canDelete} />
      {children}
      <button type="button" onClick={onFit}>
        Fit places
      </button>
    </div>
  );
}
