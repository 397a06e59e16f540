import { memo } from 'react';
import { dayName, gridCellInWords, gridLevel } from '../../domain/analysis/timeRange';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * When the incidents in range happened: days of the week (Monday first) by hour, 7 × 24. Each cell
 * shows its count as text (99+ beyond, for room; its words give the count) and is shaded by it,
 * so it reads without colour; a screen reader hears each cell as "Friday 22:00–23:00: 5 incidents".
 */
export const DayHourGrid = memo(function DayHourGrid({ grid }: { grid: readonly number[][] }) {
  let busiest = 0;
  for (const row of grid) for (const n of row) if (n > busiest) busiest = n;
  return (
    <table className="day-hour-grid">
      <caption>Incidents in range by day and hour</caption>
      <thead>
        <tr>
          <td />
          {HOURS.map((h) => (
            <th key={h} scope="col" aria-label={`${String(h).padStart(2, '0')}:00`}>
              {h % 3 === 0 ? String(h).padStart(2, '0') : ''}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.map((row, d) => (
          <tr key={d}>
            <th scope="row" aria-label={dayName(d)}>
              {dayName(d).slice(0, 3)}
            </th>
            {row.map((n, h) => (
              <td key={h} className={`lvl-${gridLevel(n, busiest)}`}>
                <span aria-hidden="true">{n > 99 ? '99+' : n > 0 ? n : ''}</span>
                <span className="visually-hidden">{gridCellInWords(d, h, n)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
