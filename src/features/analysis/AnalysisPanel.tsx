import { useMemo } from 'react';
import type { BoardContent } from '../../db/queries';
import { boardShape } from '../../domain/analysis/boardShape';
import { ranked } from '../../domain/analysis/measures';
import type { Person } from '../../domain/kinds/person';
import type { Names } from '../names';
import type { AcceptGroup } from './acceptGroup';
import { ConnectionCard } from './ConnectionCard';
import { PlacesCard } from './PlacesCard';
import { WhatIfCard } from './WhatIfCard';
import { SuggestedGroupsCard } from './SuggestedGroupsCard';
import { ShapeNote } from './ShapeNote';
import { SizeByControl, useSizesFrom } from './SizeByControl';
import { coreOf, measureCards } from './measureCards';
import { useBoardMeasures, type WorkingStep } from './useBoardMeasures';
import './analysis.css';

const TOP = 5;

const stepWords: Record<WorkingStep, string> = {
  reading: 'Reading the associations of',
  measuring: 'Working out who bridges groups on',
  grouping: 'Looking for suggested groups among',
};
const CORE_SHOWN = 12;

function PersonButton({
  person,
  names,
  detail,
  onShow,
}: {
  person: Person;
  names: Names;
  detail?: string;
  onShow: (id: string) => void;
}) {
  return (
    <li>
      <button type="button" className="link-button" onClick={() => onShow(person.id)}>
        {names.of(person)}
      </button>
      {detail && <span className="muted"> {detail}</span>}
    </li>
  );
}

/**
 * Network measures in plain words, worked out off the page's thread. Non-modal, like the checks:
 * a name shows that person on the board. Every card says what the measure means and its caveat;
 * nothing here is a finding about a child.
 */
/**
 * With the panel closed while people are sized by a measure: the measures are still worked out
 * after each edit, so someone added or linked then is sized like everyone else.
 */
export function KeepSizes({ content }: { content: BoardContent }) {
  const state = useBoardMeasures(content);
  useSizesFrom(state.kind === 'ready' ? state.measures : null);
  return null;
}

export function AnalysisPanel({
  content,
  names,
  onClose,
  onShow,
  onShowPlace,
  acceptGroup,
}: {
  content: BoardContent;
  names: Names;
  onClose: () => void;
  onShow: (personId: string) => void;
  onShowPlace: (placeId: string) => void;
  acceptGroup: AcceptGroup;
}) {
  const state = useBoardMeasures(content);
  const { people, associations } = content;
  const shape = useMemo(
    () =>
      boardShape(
        people.map((p) => p.id),
        associations,
      ),
    [people, associations],
  );
  const byId = new Map(content.people.map((p) => [p.id, p]));
  const personOf = (id: string) => byId.get(id);
  return (
    <section className="analysis-panel" role="region" aria-label="Network analysis">
      <header>
        <h2>Network analysis</h2>
        <button type="button" onClick={onClose} aria-label="Close network analysis">
          ×
        </button>
      </header>
      <p className="analysis-caveat">
        Based only on the associations recorded here, which are never the whole picture: prompts for
        discussion, not findings about any young person.
      </p>
      <SizeByControl measures={state.kind === 'ready' ? state.measures : null} />
      {state.kind === 'working' && (
        <p role="status" className="analysis-status">
          {stepWords[state.step]}{' '}
          {state.people === 1 ? '1 person' : `${state.people.toLocaleString('en-GB')} people`}…{' '}
          <button type="button" onClick={state.cancel}>
            Stop
          </button>
        </p>
      )}
      {state.kind === 'stopped' && (
        <p role="status" className="analysis-status">
          Stopped: the measures were not worked out.{' '}
          <button type="button" onClick={state.again}>
            Work them out again
          </button>
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="analysis-status">
          The measures could not be worked out: {state.message}{' '}
          <button type="button" onClick={state.again}>
            Try again
          </button>
        </p>
      )}
      {state.kind === 'ready' &&
        (state.measures.people.size < 2 || ranked(state.measures, 'links', 1).length === 0 ? (
          <p role="status">
            {state.measures.people.size === 0
              ? 'Nobody is on this board yet, so there is nothing to measure.'
              : state.measures.people.size === 1
                ? 'Only one person is on this board: the measures need associations between people, so there is nothing to measure yet.'
                : 'No associations are recorded between people on this board yet, so there is nothing to measure.'}
          </p>
        ) : (
          <>
            <ShapeNote shape={shape} />
            {measureCards.map((card) => {
              const top = ranked(state.measures, card.key, TOP);
              return (
                <section key={card.key} className="analysis-card" aria-label={card.title}>
                  <h3>{card.title}</h3>
                  <p>{card.means}</p>
                  {card.key === 'bridging' && !state.measures.bridgingExact && (
                    <p className="analysis-note">
                      Estimated from a sample of people, as this board is large: the order is
                      approximate.
                    </p>
                  )}
                  {top.length === 0 ? (
                    <p>{card.none}</p>
                  ) : (
                    <ol>
                      {top.map((id) => {
                        const person = personOf(id);
                        return person ? (
                          <PersonButton
                            key={id}
                            person={person}
                            names={names}
                            detail={card.value(state.measures.people.get(id)![card.key])}
                            onShow={onShow}
                          />
                        ) : null;
                      })}
                    </ol>
                  )}
                  <p className="analysis-note">{card.caveat}</p>
                </section>
              );
            })}
            <ConnectionCard content={content} names={names} chainsOf={state.chains} />
            <SuggestedGroupsCard
              content={content}
              names={names}
              groups={state.groups}
              acceptGroup={acceptGroup}
            />
            <PlacesCard content={content} names={names} onShowPlace={onShowPlace} />
            <WhatIfCard content={content} names={names} />
            <CoreCard content={content} state={state} names={names} onShow={onShow} />
          </>
        ))}
    </section>
  );
}

function CoreCard({
  state,
  names,
  onShow,
  content,
}: {
  state: Extract<ReturnType<typeof useBoardMeasures>, { kind: 'ready' }>;
  names: Names;
  onShow: (id: string) => void;
  content: BoardContent;
}) {
  const { k, members } = coreOf(state.measures);
  const byId = new Map(content.people.map((p) => [p.id, p]));
  return (
    <section className="analysis-card" aria-label="Tightly linked core">
      <h3>Tightly linked core</h3>
      {members.length === 0 ? (
        <p>
          No part of this board is linked tightly enough to form a core (each with two links or more
          inside it).
        </p>
      ) : (
        <>
          <p>
            {members.length} people who each have at least {k} recorded links with others in this
            set.
          </p>
          <ul className="analysis-core">
            {members.slice(0, CORE_SHOWN).map((id) => {
              const person = byId.get(id);
              return person ? (
                <PersonButton key={id} person={person} names={names} onShow={onShow} />
              ) : null;
            })}
          </ul>
          {members.length > CORE_SHOWN && (
            <p className="muted">and {members.length - CORE_SHOWN} more.</p>
          )}
        </>
      )}
      <p className="analysis-note">
        Being in the core means being linked with one another, not having a role in a group.
      </p>
    </section>
  );
}
