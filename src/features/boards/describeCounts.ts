import type { TableName } from '../../domain/tables';

const nouns: Partial<Record<TableName, [string, string]>> = {
  people: ['person', 'people'],
  associations: ['association', 'associations'],
  groups: ['group', 'groups'],
  places: ['place', 'places'],
  placeLinks: ['place link', 'place links'],
  incidents: ['incident', 'incidents'],
  actions: ['action', 'actions'],
  annotations: ['note', 'notes'],
  meetings: ['meeting', 'meetings'],
};

/** "12 people, 20 associations and 3 actions": what a board holds, in words. */
export function describeCounts(counts: Partial<Record<TableName, number>>): string {
  const parts = (Object.keys(nouns) as TableName[])
    .filter((t) => (counts[t] ?? 0) > 0)
    .map((t) => {
      const n = counts[t] ?? 0;
      const [one, many] = nouns[t]!;
      return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
    });
  if (parts.length === 0) return 'nothing yet';
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
