import type { Link } from '../../domain/analysis/peerGraph';
import type { BoardContent } from '../../db/queries';

/** What the analysis worker is given of a board: ids and association kinds, never names or notes. */
export function analysisInput(content: Pick<BoardContent, 'people' | 'associations'>): {
  people: string[];
  links: Link[];
} {
  return {
    people: content.people.map((p) => p.id),
    links: content.associations.map((a) => ({
      id: a.id,
      fromId: a.fromId,
      toId: a.toId,
      kind: a.kind,
      confidence: a.confidence,
    })),
  };
}
