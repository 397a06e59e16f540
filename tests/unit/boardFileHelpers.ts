import type { BoardRecords, TableRecord } from '../../src/domain/formats/boardFile/format';
import { boardContentTables } from '../../src/domain/kinds';
import { newPerson } from '../../src/domain/kinds/person';
import { oneOfEach, T0 } from './sampleRecords';

/** One record of every table on board b1, every reference inside the board. */
export function sampleBoard(): BoardRecords {
  const each = oneOfEach('b1');
  const { boards: board, ...content } = each;
  const records: TableRecord[] = boardContentTables.map((table) => ({
    table,
    record: content[table],
  }));
  records.push({
    table: 'people',
    record: { ...newPerson('p2', 'b1', { displayName: 'Bea' }), createdAt: T0, updatedAt: T0 },
  });
  return { board, records };
}
