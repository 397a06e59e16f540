import { useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { useStatus } from '../../state/statusStore';
import { MenuButton } from '../../ui/MenuButton';
import type { ExportFormat } from './exportInput';
import './export.css';

const MENU_ID = 'network-export-menu';
const items: { format: ExportFormat; label: string }[] = [
  { format: 'png', label: 'PNG image' },
  { format: 'svg', label: 'SVG image' },
];

/**
 * The "Export" toolbar menu: the network as a PNG or SVG image, with the legend, title, date and
 * marking. A menu button in the ARIA pattern: arrow keys move between the items, Escape closes.
 */
export function ExportMenu({ content }: { content: BoardContent }) {
  const [busy, setBusy] = useState(false);

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

  return (
    <MenuButton
      label="Export"
      menuLabel="Export the network as"
      id={MENU_ID}
      className="export"
      busy={busy}
      entries={items.map((item) => ({ label: item.label, act: () => void run(item.format) }))}
    />
  );
}
