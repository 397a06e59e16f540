import { useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { Dialog } from '../../ui/Dialog';
import { MenuButton } from '../../ui/MenuButton';
import { chunk, useChunk } from '../../ui/chunk';

// The wizard, its parser and its worker are fetched the first time the menu is opened.
const wizardChunk = chunk(() => import('./CsvImportWizard'));
const networkChunk = chunk(() => import('./NetworkImportWizard'));
const geojsonChunk = chunk(() => import('./GeoJsonImportWizard'));

type Format = 'csv' | 'network' | 'geojson';
const titles: Record<Format, string> = {
  csv: 'Import from a CSV file',
  network: 'Import a network (GraphML or GEXF)',
  geojson: 'Import places from a map file (GeoJSON)',
};

/**
 * The toolbar's "Import" menu: CSV, network (GraphML, GEXF) and map (GeoJSON) files, each
 * opening its own wizard in a dialog.
 */
export function ImportMenu({ content }: { content: BoardContent }) {
  const [open, setOpen] = useState<Format | null>(null);
  const wizard = useChunk(wizardChunk, open === 'csv');
  const network = useChunk(networkChunk, open === 'network');
  const geojson = useChunk(geojsonChunk, open === 'geojson');
  const close = () => setOpen(null);
  return (
    <MenuButton
      label="Import"
      menuLabel="Import into this board from"
      id="board-import-menu"
      className="import"
      onOpen={() =>
        void Promise.all([wizardChunk.load(), networkChunk.load(), geojsonChunk.load()])
      }
      entries={[
        { label: 'CSV file…', act: () => setOpen('csv') },
        { label: 'Network file (GraphML, GEXF)…', act: () => setOpen('network') },
        { label: 'Map file (GeoJSON)…', act: () => setOpen('geojson') },
      ]}
    >
      <Dialog title={open ? titles[open] : ''} open={open !== null} onClose={close}>
        {open === 'csv' &&
          (wizard ? (
            <wizard.default content={content} onClose={close} />
          ) : (
            <p className="muted">Opening the import…</p>
          ))}
        {open === 'network' &&
          (network ? (
            <network.default content={content} onClose={close} />
          ) : (
            <p className="muted">Opening the import…</p>
          ))}
        {open === 'geojson' &&
          (geojson ? (
            <geojson.default content={content} onClose={close} />
          ) : (
            <p className="muted">Opening the import…</p>
          ))}
      </Dialog>
    </MenuButton>
  );
}
