const CELL = 12;
const H = 40;
const BARS = 26;

/** The busiest hours in words, for the strip's accessible name and the printed table. */
export function busiestHours(byHour: readonly number[]): string {
  const max = Math.max(0, ...byHour);
  if (max === 0) return 'no incidents at this place';
  const hours = byHour.flatMap((n, h) => (n === max ? [`${String(h).padStart(2, '0')}:00`] : []));
  const more = hours.length > 3 ? '…' : '';
  return `most at ${hours.slice(0, 3).join(', ')}${more} (${max}${hours.length > 1 ? ' each' : ''})`;
}

/**
 * When incidents at a place happen: a column for each hour of the day, midnight to midnight,
 * the hours labelled as text under it.
 */
export function HourStrip({ byHour, label }: { byHour: readonly number[]; label: string }) {
  const max = Math.max(1, ...byHour);
  return (
    <svg
      viewBox={`0 0 ${24 * CELL} ${H}`}
      className="profile-hours"
      role="img"
      aria-label={`${label}: incidents by hour of the day, ${busiestHours(byHour)}`}
    >
      <rect x="0" y="0" width={24 * CELL} height={BARS} fill="#fff" stroke="#c4cad1" />
      {byHour.map((n, h) => {
        const height = (n / max) * (BARS - 2);
        return n ? (
          <rect
            key={h}
            x={h * CELL + 1}
            y={BARS - height}
            width={CELL - 2}
            height={height}
            fill="#1a1d21"
          />
        ) : null;
      })}
      {[0, 6, 12, 18].map((h) => (
        <text key={h} x={h * CELL + 1} y={H - 2} fontSize="11">
          {String(h).padStart(2, '0')}
        </text>
      ))}
      <line x1="0" x2={24 * CELL} y1={BARS} y2={BARS} stroke="#000" />
    </svg>
  );
}
