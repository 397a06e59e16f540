import { useState } from 'react';
import { basemapName } from '../../../domain/basemap';
import type { Basemap, Board } from '../../../domain/kinds/board';
import { useStatus } from '../../../state/statusStore';
import { MenuItem, ToolbarMenu } from '../../../ui/ToolbarMenu';
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
  const [form, setForm] = useState<FileOrServerKind | null>(null);
  const current = board.basemap.kind;

  const pick = (kind: Basemap['kind']) => {
    if (kind === 'none' || kind === 'sketch') {
      if (kind === current) return;
      void chooseBuiltIn(board, kind).then((r) => {
        if (!r.ok) useStatus.getState().notify({ tone: 'error', text: r.message });
      });
    } else setForm(kind);
  };

  return (
    <ToolbarMenu
      name="basemap"
      id="basemap-menu"
      menuLabel="Basemap"
      button={
        <>
          Basemap: <span className="basemap-current">{basemapName(board.basemap)}</span>
        </>
      }
      after={form && <BasemapDialog kind={form} board={board} onClose={() => setForm(null)} />}
    >
      {choices.map((c) => (
        <MenuItem key={c.kind} checked={c.kind === current} onChoose={() => pick(c.kind)}>
          <span className="basemap-tick" aria-hidden="true">
            {c.kind === current ? '✓' : ''}
          </span>
          {c.label}
        </MenuItem>
      ))}
    </ToolbarMenu>
  );
}
