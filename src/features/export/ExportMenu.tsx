import { useState } from 'react';
import type { BoardContent } from '../../db/queries';
import type { DataFormat } from '../../domain/formats/dataExport';
import { useStatus } from '../../state/statusStore';
import { chunk, useChunk } from '../../ui/chunk';
import { Dialog } from '../../ui/Dialog';
import { MenuButton, type MenuEntry } from '../../ui/MenuButton';
import type { ExportFormat } from './exportInput';
import './export.css';

const MENU_ID = 'network-export-menu';
const images: { format: ExportFormat; label: string }[] = [
  { format: 'png', label: 'PNG image' },
  { format: 'svg', label: 'SVG image' },
];

/** Data formats: each opens a small dialog (what goes in, redaction) before saving. */
const dataFormats: { format: DataFormat; label: string }[] = [
  { format: 'graphml', label: 'GraphML network' },
  { format: 'gexf', label: 'GEXF network' },
  { format: 'geojson', label: 'GeoJSON map' },
  { format: 'csv', label: 'CSV tables' },
];

// The dialog's form and, behind it, the writers are fetched when first wanted (the menu opening
// starts the fetch), so none of it is part of the app's first download.
const formChunk = chunk(() => import('./DataExportForm'));

/**
 * The "Export" toolbar menu: the network as a PNG or SVG image (legend, title, date and marking),
 * and the board's data as GraphML, GEXF, GeoJSON or CSV. A menu button in the ARIA pattern: arrow
 * keys move between the items, Escape closes. `boardFile`, when given, adds "Board file…" (the
 * board-file feature saves every record of the board; it is wired where the toolbar is built).
 */
export function ExportMenu({
  content,
  boardFile,
}: {
  content: BoardContent;
  boardFile?: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [dataFormat, setDataFormat] = useState<DataFormat | null>(null);
  const form = useChunk(formChunk, dataFormat !== null);
  const chosen = dataFormats.find((d) => d.format === dataFormat);

  const run = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(true);
    try {
      // Loaded on first use: the drawing code is not part of the app's first download.
      const { exportNetwork } = await import('./exportNetwork');
      await exportNetwork(content, format);
    } catch (error) {
      useStatus.getState().notify({
        tone: 'error',
        text: `The image could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  const entries: MenuEntry[] = [
    ...images.map((item) => ({ label: item.label, act: () => void run(item.format) })),
    'separator',
    ...dataFormats.map((d) => ({ label: `${d.label}…`, act: () => setDataFormat(d.format) })),
    ...(boardFile ? ['separator' as const, { label: 'Board file…', act: boardFile }] : []),
  ];
  const close = () => setDataFormat(null);

  return (
    <MenuButton
      label="Export"
      menuLabel="Export the board as"
      id={MENU_ID}
      className="export"
      busy={busy}
      entries={entries}
      onOpen={() => void formChunk.load().catch(() => undefined)}
    >
      <Dialog title={`Export ${chosen?.label ?? ''}`} open={chosen !== undefined} onClose={close}>
        {chosen && form ? (
          <form.DataExportForm content={content} format={chosen.format} onDone={close} />
        ) : (
          <p className="muted">Opening the export…</p>
        )}
      </Dialog>
    </MenuButton>
  );
}
