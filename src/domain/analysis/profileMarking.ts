/**
 * The UK Government Security Classifications, lowest first, as boards are usually marked. A
 * report drawn from several boards carries the highest of their markings.
 */
const LADDER = ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET'];

const rung = (marking: string) =>
  LADDER.indexOf(
    marking
      .trim()
      .toUpperCase()
      .replace(/\s*-\s*/g, '-')
      .replace(/\s+/g, ' '),
  );

/**
 * The marking a report from these boards must carry: the highest known classification; when a
 * board carries a marking not on the ladder (a local one), every different marking is kept, in
 * the order given, since the app cannot tell which is higher. Empty markings are left out.
 */
export function highestMarking(markings: readonly string[]): string {
  const given = [...new Set(markings.map((m) => m.trim()).filter(Boolean))];
  if (given.some((m) => rung(m) < 0)) return given.join(' / ');
  return given.reduce((top, m) => (rung(m) > rung(top) ? m : top), given[0] ?? '');
}
