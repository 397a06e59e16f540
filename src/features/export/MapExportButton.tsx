import { useState, type RefObject } from 'react';
import type { MapHandle } from '../../adapters/leaflet/mapIntents';
import type { BoardContent } from '../../db/queries';
import { useStatus } from '../../state/statusStore';
import type { MapExportExtras } from './exportMap';

interface Props {
  content: BoardContent;
  handleRef: RefObject<MapHandle | null>;
  /** Incidents and their legend, read at the moment of export. */
  extras?: () => MapExportExtras;
}

/** "Export map as PNG" in the map toolbar: the view with legend, title, date and marking. */
export function MapExportButton({ content, handleRef, extras }: Props) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const handle = handleRef.current;
    if (busy || !handle) return;
    setBusy(true);
    try {
      // Loaded on first use: the drawing code is not part of the app's first download.
      const { exportMap } = await import('./exportMap');
      await exportMap(content, handle, extras?.());
    } catch (error) {
      useStatus.getState().notify({
        tone: 'error',
        text: `The map could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    // The visible words are short for the toolbar; the name says what the file will be.
    <button
      type="button"
      aria-busy={busy}
      aria-label="Export map as PNG"
      onClick={() => void run()}
    >
      Export map
    </button>
  );
}
