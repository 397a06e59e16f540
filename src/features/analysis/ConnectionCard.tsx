import { useEffect, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import type { Association } from '../../domain/kinds/association';
import { associationKinds, confidences, labelOf } from '../../domain/vocabulary';
import { useChain } from '../../state/chainStore';
import { useUi } from '../../state/uiStore';
import type { Names } from '../names';

type Found = { from: string; to: string; chains: string[][] } | null;

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Every association between consecutive people of the chains, by pair. */
function linksByPair(associations: readonly Association[]): Map<string, Association[]> {
  const map = new Map<string, Association[]>();
  for (const a of associations) {
    const key = pairKey(a.fromId, a.toId);
    map.set(key, [...(map.get(key) ?? []), a]);
  }
  return map;
}

const describe = (links: readonly Association[]) =>
  links
    .map(
      (a) =>
        `${labelOf(associationKinds, a.kind)} (${labelOf(confidences, a.confidence).toLowerCase()})`,
    )
    .join(', ');

/**
 * "How are they connected?" For the two people selected, the shortest chains of recorded
 * associations between them, lit on the diagram and listed with each link's kind and confidence.
 */
export function ConnectionCard({
  content,
  names,
  chainsOf,
}: {
  content: BoardContent;
  names: Names;
  chainsOf: (from: string, to: string) => Promise<string[][]>;
}) {
  const selected = useUi((s) => s.selection.people);
  const [found, setFound] = useState<Found>(null);
  const show = useChain((s) => s.show);
  const clear = useChain((s) => s.clear);
  const pair = selected.length === 2 ? ([selected[0]!, selected[1]!] as const) : null;
  const pairId = pair ? pair.join(' ') : '';
  const current = found && pair && found.from === pair[0] && found.to === pair[1] ? found : null;
  // A new selection, or the panel closing, takes the chains off the diagram.
  useEffect(() => clear, [clear, pairId]);
  const byId = new Map(content.people.map((p) => [p.id, p]));
  const nameOf = (id: string) => {
    const person = byId.get(id);
    return person ? names.of(person) : 'someone no longer on the board';
  };
  const ask = async () => {
    if (!pair) return;
    const chains = await chainsOf(pair[0], pair[1]);
    setFound({ from: pair[0], to: pair[1], chains });
    const byPair = linksByPair(content.associations);
    const ids = new Set<string>();
    for (const chain of chains)
      chain.forEach((id, i) => {
        ids.add(id);
        const next = chain[i + 1];
        if (next) for (const a of byPair.get(pairKey(id, next)) ?? []) ids.add(a.id);
      });
    show(ids);
  };
  const byPair = current ? linksByPair(content.associations) : null;
  return (
    <section className="analysis-card" aria-label="How are they connected?">
      <h3>How are they connected?</h3>
      {!pair ? (
        <p>Select two people to see the shortest chains of recorded associations between them.</p>
      ) : (
        <>
          <button type="button" onClick={() => void ask()}>
            Show how {nameOf(pair[0])} and {nameOf(pair[1])} are connected
          </button>
          {current && current.chains.length === 0 && (
            <p role="status">No chain of recorded associations joins them.</p>
          )}
          {current && current.chains.length > 0 && (
            <>
              <p role="status">
                {current.chains.length === 1
                  ? 'One shortest chain'
                  : `${current.chains.length} shortest chains`}
                , {current.chains[0]!.length - 1}{' '}
                {current.chains[0]!.length === 2 ? 'step' : 'steps'}, lit on the diagram:
              </p>
              <ol className="analysis-chains">
                {current.chains.map((chain) => (
                  <li key={chain.join(' ')}>
                    {chain.map((id, i) => (
                      <span key={id}>
                        {i > 0 && (
                          <span className="muted">
                            {' '}
                            — {describe(byPair!.get(pairKey(chain[i - 1]!, id)) ?? [])} —{' '}
                          </span>
                        )}
                        {nameOf(id)}
                      </span>
                    ))}
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      <p className="analysis-note">
        Only the associations recorded here: people may be linked in ways nobody has recorded.
      </p>
    </section>
  );
}
