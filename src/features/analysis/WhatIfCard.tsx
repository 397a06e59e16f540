import { useId, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { BoardContent } from '../../db/queries';
import { whatIfPersonMoves, whatIfPlaceCloses, type WhatIf } from '../../domain/analysis/whatIf';
import { useUi } from '../../state/uiStore';
import type { Names } from '../names';

type Subject = { kind: 'person' | 'place'; id: string };

const PRINTING = 'printing-what-if';

/** The what-if's findings as headed lists: the same on screen and on the printed page. */
function Findings({
  result,
  subject,
  nameOf,
  placeOf,
  groupOf,
  inNoGroup,
}: {
  result: WhatIf;
  subject: Subject;
  nameOf: (id: string) => string;
  placeOf: (id: string) => string;
  groupOf: (id: string) => string;
  /** The person moving is in no recorded group: said in words rather than "None recorded". */
  inNoGroup: boolean;
}) {
  const none = <p className="muted">None recorded.</p>;
  const list = (items: readonly string[]) =>
    items.length === 0 ? (
      none
    ) : (
      <ul>
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    );
  return (
    <>
      {subject.kind === 'person' ? (
        <>
          <h4>Young people who would lose their only protective or trusted link</h4>
          {list(result.loseOnlyProtectiveLink.map(nameOf))}
          <h4>Groups that would split</h4>
          {inNoGroup ? (
            <p>They are in no recorded group, so no group would split.</p>
          ) : (
            list(
              result.groupsSplit.map(
                (g) =>
                  `${groupOf(g.groupId)}: into ${g.parts.map((p) => p.map(nameOf).join(', ')).join(' | ')}`,
              ),
            )
          )}
          <h4>Places that would lose a guardian</h4>
          {list(
            result.placesLosingGuardian.map(
              (p) =>
                `${placeOf(p.placeId)}: ${p.remaining === 0 ? 'no guardian left' : `${p.remaining} guardian${p.remaining === 1 ? '' : 's'} left`}`,
            ),
          )}
        </>
      ) : (
        <>
          <h4>Young people who would lose their only safe place</h4>
          {list(result.loseOnlySafePlace.map(nameOf))}
        </>
      )}
      <h4>Where the same people also go (where harm may move)</h4>
      {list(
        result.alsoGoTo
          .slice(0, 6)
          .map((p) => `${placeOf(p.placeId)}: ${p.people} of the people concerned`),
      )}
    </>
  );
}

/**
 * What if, before a move: a person moved away (relocation, exclusion) or a place closed
 * (dispersal, a shop shut). Read from the board as it is; nothing on the board changes. Printable
 * as one page for the meeting, with the board's marking.
 */
export function WhatIfCard({ content, names }: { content: BoardContent; names: Names }) {
  const id = useId();
  const selected = useUi((s) => s.selection);
  const [subject, setSubject] = useState<Subject | null>(null);
  const people = useMemo(
    () => [...content.people].sort((a, b) => names.of(a).localeCompare(names.of(b))),
    [content.people, names],
  );
  const personOf = new Map(content.people.map((p) => [p.id, p]));
  const nameOf = (pid: string) => {
    const p = personOf.get(pid);
    return p ? names.of(p) : 'someone no longer on the board';
  };
  const placeName = new Map(content.places.map((p) => [p.id, p.name]));
  const placeOf = (pid: string) =>
    names.mask(placeName.get(pid) ?? 'a place no longer on the board');
  const groupName = new Map(content.groups.map((g) => [g.id, g.name]));
  const groupOf = (gid: string) => names.mask(groupName.get(gid) ?? 'a group');
  const chosen =
    subject ??
    (selected.people.length === 1
      ? { kind: 'person' as const, id: selected.people[0]! }
      : selected.places.length === 1
        ? { kind: 'place' as const, id: selected.places[0]! }
        : null);
  const valid =
    chosen && (chosen.kind === 'person' ? personOf.has(chosen.id) : placeName.has(chosen.id))
      ? chosen
      : null;
  const kind = valid?.kind;
  const subjectId = valid?.id;
  const result = useMemo(() => {
    if (!kind || !subjectId) return null;
    return kind === 'person'
      ? whatIfPersonMoves(content, subjectId)
      : whatIfPlaceCloses(content, subjectId);
  }, [content, kind, subjectId]);
  const inNoGroup =
    valid?.kind === 'person' && !content.memberships.some((m) => m.personId === valid.id);
  const title = valid
    ? valid.kind === 'person'
      ? `What if ${nameOf(valid.id)} moved away`
      : `What if ${placeOf(valid.id)} closed`
    : '';
  const print = () => {
    document.body.classList.add(PRINTING);
    const done = () => {
      document.body.classList.remove(PRINTING);
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  const marking = content.board.classification.trim();

  return (
    <section className="analysis-card" aria-label="What if (before a move)">
      <h3>What if… (before a move)</h3>
      <p>
        Before a relocation, exclusion or dispersal is agreed: whose protective links it would
        break, and where harm may move. Nothing on the board changes.
      </p>
      <div className="analysis-filters">
        <label htmlFor={`${id}-person`}>A person moves away</label>
        <select
          id={`${id}-person`}
          value={valid?.kind === 'person' ? valid.id : ''}
          onChange={(e) =>
            setSubject(e.target.value ? { kind: 'person', id: e.target.value } : null)
          }
        >
          <option value="">Choose a person…</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {names.of(p)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-place`}>A place closes</label>
        <select
          id={`${id}-place`}
          value={valid?.kind === 'place' ? valid.id : ''}
          onChange={(e) =>
            setSubject(e.target.value ? { kind: 'place', id: e.target.value } : null)
          }
        >
          <option value="">Choose a place…</option>
          {content.places.map((p) => (
            <option key={p.id} value={p.id}>
              {names.mask(p.name)}
            </option>
          ))}
        </select>
      </div>
      {valid && result && (
        <div className="what-if-result" aria-label={title} role="group">
          <h4 className="what-if-title">{title}</h4>
          <Findings
            result={result}
            subject={valid}
            nameOf={nameOf}
            placeOf={placeOf}
            groupOf={groupOf}
            inNoGroup={inNoGroup}
          />
          <button type="button" onClick={print}>
            Print this what-if
          </button>
          {createPortal(
            <div className="what-if-sheet">
              {marking && <p className="what-if-marking">{marking}</p>}
              <h1>{title}</h1>
              <p>
                {content.board.title}. Read from the board as recorded on{' '}
                {new Date().toLocaleDateString('en-GB')}; nothing on the board was changed. Based
                only on the associations, groups and places recorded here.
              </p>
              <Findings
                result={result}
                subject={valid}
                nameOf={nameOf}
                placeOf={placeOf}
                groupOf={groupOf}
                inNoGroup={inNoGroup}
              />
              {marking && <p className="what-if-marking">{marking}</p>}
            </div>,
            document.body,
          )}
        </div>
      )}
      <p className="analysis-note">
        Only what is recorded here: a link nobody recorded cannot be counted, and people find new
        places. A prompt for the meeting, not a forecast.
      </p>
    </section>
  );
}
