import { useId, useMemo, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { coLocations, rankPlaces } from '../../domain/analysis/placeRanking';
import { isRealDate } from '../../domain/dates';
import { harmKinds, labelOf, type HarmKind } from '../../domain/vocabulary';
import type { Names } from '../names';

const TOP = 8;
const PROMPTS = 10;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Places ranked by the incidents recorded there (in a period, of a kind of harm), then by the
 * groups and young people they join; and co-location prompts: young people who share a place
 * with no association recorded between them.
 */
export function PlacesCard({
  content,
  names,
  onShowPlace,
}: {
  content: BoardContent;
  names: Names;
  onShowPlace: (placeId: string) => void;
}) {
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [harm, setHarm] = useState<HarmKind | ''>('');
  const period = {
    from: isRealDate(from) ? from : null,
    to: isRealDate(to) ? to : null,
  };
  const backwards = period.from && period.to && period.from > period.to;
  const ranked = useMemo(
    () =>
      rankPlaces(content, { from: period.from, to: period.to, harmKind: harm || null }).slice(
        0,
        TOP,
      ),
    [content, period.from, period.to, harm],
  );
  const prompts = useMemo(() => coLocations(content).slice(0, PROMPTS), [content]);
  const placeName = new Map(content.places.map((p) => [p.id, p.name]));
  const personOf = new Map(content.people.map((p) => [p.id, p]));
  const nameOf = (personId: string) => {
    const p = personOf.get(personId);
    return p ? names.of(p) : 'someone no longer on the board';
  };
  const place = (placeId: string) => names.mask(placeName.get(placeId) ?? 'a place');

  return (
    <>
      <section className="analysis-card" aria-label="Places ranked">
        <h3>Places ranked</h3>
        {content.places.length === 0 ? (
          <p>No places on this board yet.</p>
        ) : (
          <>
            <p>
              By the incidents recorded there, then by how many groups and young people they join.
            </p>
            <div className="analysis-filters">
              <label htmlFor={`${id}-from`}>Incidents from</label>
              <input
                id={`${id}-from`}
                type="date"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
              <label htmlFor={`${id}-to`}>to</label>
              <input
                id={`${id}-to`}
                type="date"
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
              <label htmlFor={`${id}-harm`}>Kind of harm</label>
              <select
                id={`${id}-harm`}
                value={harm}
                onChange={(e) => setHarm(e.target.value as HarmKind | '')}
              >
                <option value="">Every kind</option>
                {harmKinds.map((k) => (
                  <option key={k.key} value={k.key}>
                    {k.label}
                  </option>
                ))}
              </select>
            </div>
            {backwards && <p role="alert">The period ends before it starts: swap the dates.</p>}
            <ol>
              {ranked.map((r) => (
                <li key={r.placeId}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onShowPlace(r.placeId)}
                  >
                    {place(r.placeId)}
                  </button>{' '}
                  <span className="muted">
                    {count(r.incidents, 'incident', 'incidents')}
                    {harm ? ` of ${labelOf(harmKinds, harm).toLowerCase()}` : ''},{' '}
                    {count(r.groups, 'group', 'groups')},{' '}
                    {count(r.youngPeople, 'young person', 'young people')}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
        <p className="analysis-note">
          Only incidents recorded here: a place with none may be one nobody reported.
        </p>
      </section>
      <section className="analysis-card" aria-label="Share a place, no recorded link">
        <h3>Share a place, no recorded link</h3>
        {prompts.length === 0 ? (
          <p>No young people share a place without a recorded link between them.</p>
        ) : (
          <>
            <p>Young people linked to the same place with no association recorded between them.</p>
            <ul>
              {prompts.map((c) => (
                <li key={`${c.placeId} ${c.pair.join(' ')}`}>
                  {nameOf(c.pair[0])} and {nameOf(c.pair[1])}{' '}
                  <span className="muted">at {place(c.placeId)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="analysis-note">
          A prompt to ask whether they know each other, not a link: many simply go to the same
          school or live nearby.
        </p>
      </section>
    </>
  );
}
