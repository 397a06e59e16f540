import { useState } from 'react';
import { basemapName } from '../../../domain/basemap';
import type { Basemap, Board } from '../../../domain/records/board';
import { useStatus } from '../../../state/statusStore';
import { useMenuButton } from '../../../ui/useMenuButton';
import { chooseBuiltIn } from './basemapActions';
import { BasemapDialog, type FileOrServerKind } from './BasemapDialog';
import './basemap.css';

const choices: { kind: Basemap['kind']; label: string }[] = [
  { kind: 'none', label: 'Plain grid (no map)' },
  { kind: 'sketch', label: 'Harrowfield sketch (fictional, for training)' },
  { kind: 'tiles', label: 'Tile server…' },
  { kind: 'pmtiles', label: 'Offline map file (PMTiles)…' },
  { kind: 'image', label: 'Image or floor plan…' },
];

/**
 * The map toolbar's "Basemap" menu: what is drawn under the places on this board. The plain grid
 * and the sketch switch at once; a tile server, an offline map or an image open a form first.
 * Every choice is one undoable step.
 */
export function BasemapMenu({ board }: { board: Board }) {
  const { open, toggle, close, buttonProps, menuProps } = useMenuButton();
  const [form, setForm] = useState<FileOrServerKind | null>(null);
  const current = board.basemap.kind;

  const pick = (kind: Basemap['kind']) => {
    close();
    if (kind === 'none' || kind === 'sketch') {
      if (kind === current) return;
      void chooseBuiltIn(board, kind).then((r) => {
        if (!r.ok) useStatus.getState().notify({ tone: 'error', text: r.message });
      });
    } else setForm(kind);
  };

  return (
    <span className="basemap-control menu-control">
      <button
        {...buttonProps}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'basemap-menu' : undefined}
        onClick={toggle}
      >
        Basemap: <span className="basemap-current">{basemapName(board.basemap)}</span>
      </button>
      {open && (
        <ul
          {...menuProps}
          id="basemap-menu"
          role="menu"
          aria-label="Basemap"
          className="toolbar-menu basemap-menu"
        >
          {choices.map((c) => (
            <li key={c.kind} role="none">
              <button
                type="button"
                role="menuitemradio"
                aria-checked={c.kind === current}
                tabIndex={-1}
                onClick={() => pick(c.kind)}
              >
                <span className="basemap-tick" aria-hidden="true">
                  {c.kind === current ? '✓' : ''}
                </span>
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {form && <BasemapDialog kind={form} board={board} onClose={() => setForm(null)} />}
    </span>
  );
}
