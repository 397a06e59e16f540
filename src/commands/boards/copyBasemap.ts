import type { Draft } from '../../db/writer';
import { basemapFileId } from '../../domain/basemap';
import type { Basemap } from '../../domain/kinds/board';
import type { AnyRecord, TableName } from '../../domain/kinds';

/**
 * The basemap of a copied board: its file id follows the copy of the file (copyRecords returns the
 * drafts in the order of the records), so the copy never draws from the original board's file. A
 * basemap whose file is missing becomes the plain grid rather than point into another board.
 */
export function copiedBasemap(
  basemap: Basemap,
  records: readonly { table: TableName; record: AnyRecord }[],
  drafts: readonly Draft[],
): Basemap {
  const fileId = basemapFileId(basemap);
  if (fileId === null || (basemap.kind !== 'pmtiles' && basemap.kind !== 'image')) return basemap;
  const at = records.findIndex((r) => r.table === 'basemapFiles' && r.record.id === fileId);
  const copy = at >= 0 ? drafts[at] : undefined;
  return copy ? { ...basemap, blobId: copy.id } : { kind: 'none' };
}
