import { useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { Dialog } from '../../ui/Dialog';
import { MenuButton } from '../../ui/MenuButton';
import { chunk, useChunk } from '../../ui/chunk';

// The wizard, its parser and its worker are fetched the first time the menu is opened.
const wizardChunk = chunk(() => import('./CsvImportWizard'));

type Format = 'csv';
const titles: Record<Format, string> = { csv: 'Import from a CSV file' };

/**
 * The toolbar's "Import" menu. A list, so other formats (GraphML, GEXF) can join CSV here;
 * each opens its own wizard in a dialog.
 */
export function ImportMenu({ content }: { content: BoardContent }) {
  const [open, setOpen] = useState<Format | null>(null);
  const wizard = useChunk(wizardChunk, open !== null);
  const close = () => setOpen(null);
  return (
    <MenuButton
      label="Import"
      menuLabel="Import into this board from"
      id="board-import-menu"
      className="import"
      onOpen={() => void wizardChunk.load()}
      entries={[{ label: 'CSV file…', act: () => setOpen('csv') }]}
    >
      <Dialog title={open ? titles[open] : ''} open={open !== null} onClose={close}>
        {open === 'csv' &&
          (wizard ? (
            <wizard.default content={content} onClose={close} />
          ) : (
            <p className="muted">Opening the import…</p>
          ))}
      </Dialog>
    </MenuButton>
  );
}
