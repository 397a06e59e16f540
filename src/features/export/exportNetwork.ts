import type { BoardContent } from '../../db/queries';
import { effectivePolicy } from '../../domain/naming';
import { useFilters } from '../../state/filterStore';
import { useStatus } from '../../state/statusStore';
import { useUi } from '../../state/uiStore';
import { applyNetworkFilter } from '../../domain/networkFilter';
import { download } from '../../ui/download';
import { exportFileName, exportInput, namesNotice, type ExportFormat } from './exportInput';
import { picturePng } from './encodePng';
import { networkPicture } from './networkSvg';
import { pictureToSvg } from '../../ui/drawing/picture';

const formatName: Record<ExportFormat, string> = { png: 'a PNG image', svg: 'an SVG image' };

/**
 * Exports the network as the chair sees it now: the filters and presenter-safe mode are read at the
 * moment of export (the filter is worked out here, once, rather than on every render of the toolbar).
 * Loaded on first use, so the drawing code is not part of the app's first download.
 */
export async function exportNetwork(content: BoardContent, format: ExportFormat): Promise<void> {
  const presenterSafe = useUi.getState().presenterSafe;
  const filtered = applyNetworkFilter(content, useFilters.getState().filter);
  const now = new Date();
  const input = exportInput(content, {
    presenterSafe,
    hidden: new Set([...filtered.hiddenPeople, ...filtered.hiddenAssociations]),
    now,
  });
  // The PNG is painted from the same drawing as the SVG, in a worker (encodePng.ts).
  const picture = networkPicture(input);
  const blob =
    format === 'svg'
      ? new Blob([pictureToSvg(picture)], { type: 'image/svg+xml' })
      : await picturePng(picture, 2);
  download(blob, exportFileName(input.title, now, format));
  const names = namesNotice(
    effectivePolicy(content.board.namePolicy, presenterSafe),
    presenterSafe,
  );
  useStatus.getState().notify({
    tone: 'info',
    text: `Exported the network as ${formatName[format]} (${names}).`,
  });
}
