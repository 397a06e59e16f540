import { useState } from 'react';
import { describeProblemOf, type RowProblem } from '../../domain/formats/csvImport/table';

/** Enough to see what is wrong at a glance; the rest on request (thousands would hold the page). */
const FIRST = 100;

/** Every problem with the rows, by line and column, naming the file. */
export function RowProblems({
  source,
  problems,
  row = { one: 'row', many: 'rows', label: 'Line' },
  name = `Problems in ${source}`,
}: {
  source: string;
  problems: readonly RowProblem[];
  /** What a row is called (a network file's rows are its nodes or edges, by number). */
  row?: { one: string; many: string; label: string };
  /** The list's accessible name, when one file has two lists (a network's nodes and edges). */
  name?: string;
}) {
  const [all, setAll] = useState(false);
  if (problems.length === 0) return null;
  const lines = new Set(problems.map((p) => p.line)).size;
  const shown = all ? problems : problems.slice(0, FIRST);
  return (
    <section className="row-problems" aria-label={name}>
      <h3>
        {lines === 1 ? `One ${row.one}` : `${lines.toLocaleString('en-GB')} ${row.many}`} of “
        {source}” {lines === 1 ? 'has' : 'have'} problems and will be left out
      </h3>
      <ul>
        {shown.map((p, i) => (
          <li key={`${p.line}-${i}`}>{describeProblemOf(p, row.label)}</li>
        ))}
      </ul>
      {shown.length < problems.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {problems.length.toLocaleString('en-GB')} problems
        </button>
      )}
    </section>
  );
}
