import type { BoardShape } from '../../domain/analysis/boardShape';

const people = (n: number) => (n === 1 ? '1 person' : `${n.toLocaleString('en-GB')} people`);

/**
 * What the board's shape means for the measures, in words: people with no recorded link are in
 * none of the rankings, and separate parts have no chain between them.
 */
export function ShapeNote({ shape }: { shape: BoardShape }) {
  if (shape.parts <= 1 && shape.unlinked === 0) return null;
  return (
    <div className="analysis-shape" role="note" aria-label="How this board hangs together">
      {shape.parts > 1 && (
        <p>
          The linked people fall into {shape.parts} separate parts, with no recorded association
          between them: bridges and reach are measured within each part.
        </p>
      )}
      {shape.unlinked > 0 && (
        <p>
          {people(shape.unlinked)} {shape.unlinked === 1 ? 'has' : 'have'} no recorded association
          with anyone on this board, so {shape.unlinked === 1 ? 'is' : 'are'} in none of the
          rankings.
        </p>
      )}
    </div>
  );
}
