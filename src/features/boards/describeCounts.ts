import { nounFor, type TableName } from '../../domain/kinds';

/** What a board's summary counts, in the order it names them (the words are the kinds' nouns). */
const counted: readonly TableName[] = [
  'people',
  'associations',
  'groups',
  'places',
  'placeLinks',
  'incidents',
  'actions',
  'annotations',
  'meetings',
];

/** "12 people, 20 associations and 3 actions": what a board holds, in words. */
export function describeCounts(counts: Partial<Record<TableName, number>>): string {
  const parts = counted
    .filter((t) => (counts[t] ?? 0) > 0)
    .map((t) => {
      const n = counts[t] ?? 0;
      return `${n.toLocaleString('en-GB')} ${nounFor(t, n)}`;
    });
  if (parts.length === 0) return 'nothing yet';
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
