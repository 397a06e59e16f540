import { useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { Dialog } from '../../ui/Dialog';
import { MenuButton } from '../../ui/MenuButton';
import { chunk, useChunk } from '../../ui/chunk';

// The wizard, its parser and its worker are fetched the first time the menu is opened.
const wizardChunk = chunk(() => import('./CsvImportWizard'));
const networkChunk = chunk(() => import('./NetworkImportWizard'));

type Format = 'csv' | 'network';
const titles: Record<Format, string> = {
  csv: 'Import from a CSV file',
  network: 'Import a network (GraphML or GEXF)',
};

/**
 * The toolbar's "Import" menu. A list, so other formats (GraphML, GEXF) can join CSV here;
 * each opens its own wizard in a dialog.
 */
export function ImportMenu({ content }: { content: BoardContent }) {
  const [open, setOpen] = useState<Format | null>(null);
  const wizard = useChunk(wizardChunk, open === 'csv');
  const network = useChunk(networkChunk, open === 'network');
  const close = () => setOpen(null);
  return (
    <MenuButton
      label="Import"
      menuLabel="Import into this board from"
      id="board-import-menu"
      className="import"
      onOpen={() => void Promise.all([wizardChunk.load(), networkChunk.load()])}
      entries={[
        { label: 'CSV file…', act: () => setOpen('csv') },
        { label: 'Network file (GraphML, GEXF)…', act: () => setOpen('network') },
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
      </Dialog>
    </MenuButton>
  );
}
