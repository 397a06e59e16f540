import { WriteRejected, type Draft, type Reader } from '../../db/writer';
import type { Incident } from '../../domain/kinds/incident';
import { mergedRecord, type ImportPlan } from '../../domain/formats/csvImport/importPlan';
import { cleanRecordText } from '../../domain/cleanText';
import type { Command } from '../command';

/**
 * Checked inside the write transaction: the places and people the new incidents name, and the
 * records merged into, are still on the board (another tab may have deleted them since the rows
 * were read). Associations' people are checked by the writer itself (checked references).
 */
async function checkStillThere(reader: Reader, boardId: string, plan: ImportPlan): Promise<void> {
  const incidents = plan.creates.flatMap((c) =>
    c.table === 'incidents' ? [c.record as Incident] : [],
  );
  if (incidents.length === 0) return;
  const places = new Set((await reader.byBoard('places', boardId)).map((p) => p.id));
  const people = new Set((await reader.byBoard('people', boardId)).map((p) => p.id));
  for (const i of incidents) {
    if (i.placeId !== null && !places.has(i.placeId))
      throw new WriteRejected(
        'A place the incidents are at is no longer on the board (deleted in another tab?). Nothing was imported.',
        'conflict',
      );
    if (i.involved.some((p) => !people.has(p.personId)))
      throw new WriteRejected(
        'Someone involved in the incidents is no longer on the board (deleted in another tab?). Nothing was imported.',
        'conflict',
      );
  }
}

/**
 * Brings the rows of a file onto the board as ONE command, so one undo takes all of it away
 * (and puts merged records back as they were). The plan was made from the rows read and the
 * user's choices (domain/formats/csvImport/importPlan.ts); merges are laid over the records as
 * they are stored now.
 */
export function importRecords(boardId: string, label: string, plan: ImportPlan): Command {
  return {
    name: 'importCsv',
    label,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      await checkStillThere(reader, boardId, plan);
      // What a file brings in is cleaned of control characters and bidi overrides (domain/cleanText.ts)
      // as typing is. Cleaning keeps a checked record valid, so fresh records stay fresh.
      const drafts: Draft[] = plan.creates.map(({ table, record, fresh }) => ({
        table,
        id: record.id,
        after: cleanRecordText(record),
        fresh,
      }));
      for (const m of plan.merges) {
        const current = await reader.get(m.table, m.id);
        if (!current)
          throw new WriteRejected(
            'A record the file was to be merged into is no longer on the board (deleted in another tab?). Nothing was imported.',
            'conflict',
          );
        drafts.push({
          table: m.table,
          id: m.id,
          after: mergedRecord(m.table, current, cleanRecordText(m.patch)),
        });
      }
      return drafts;
    },
  };
}
