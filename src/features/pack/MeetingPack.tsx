import { useCallback, useMemo, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { formatDate, toDateString } from '../../domain/dates';
import { useNames } from '../names';
import { longDate, namesInForce } from '../export';
import { ActionLog } from './ActionLog';
import { ChecksSection } from './ChecksSection';
import { MeetingChooser } from './MeetingChooser';
import { actionRows, attendeesByAgency, chooseMeeting, decisionsByItem } from './packModel';
import { packChecks } from './packChecks';
import { packImages, type PackPicture } from './packImages';
import { PackImage } from './PackImage';
import { usePrintMarking } from '../../ui/print/usePrintMarking';
import './pack.css';

export const FACTS_NOTE =
  'Recorded associations are information with sources, not findings of fact.';

interface Props {
  content: BoardContent;
  /** The meeting asked for in the address; null for the latest. */
  meetingId: string | null;
  now?: Date;
}

/**
 * The meeting pack: everything the meeting needs on paper, in the order it is read, under the
 * names policy in force (presenter-safe tightens it, as on screen). Print it with the browser.
 */
export function MeetingPack({ content, meetingId, now: givenNow }: Props) {
  const names = useNames(content);
  const [now] = useState(() => givenNow ?? new Date());
  const today = toDateString(now);
  const { board } = content;
  const asked = meetingId ? chooseMeeting(content.meetings, meetingId) : null;
  const meeting = asked ?? chooseMeeting(content.meetings, null);
  const rows = useMemo(() => actionRows(content, names, today), [content, names, today]);
  const checks = useMemo(() => packChecks(content, names, today), [content, names, today]);
  const images = useMemo(
    () => packImages(content, names.presenterSafe, now),
    [content, names.presenterSafe, now],
  );
  const decisions = useMemo(
    () => (meeting ? decisionsByItem(content, names, meeting) : []),
    [content, names, meeting],
  );
  usePrintMarking(board.classification);

  // Which picture each image has finished loading (or failed to): the pack is ready to print when
  // both show the current drawing. A live re-read that draws the same picture keeps the same src,
  // so no new load is awaited for it.
  const [settled, setSettled] = useState<{ network?: PackPicture; map?: PackPicture }>({});
  const settle = useCallback(
    (which: 'network' | 'map', image: PackPicture) => () =>
      setSettled((s) => (s[which] === image ? s : { ...s, [which]: image })),
    [],
  );
  const ready =
    settled.network === images.network && (images.map === null || settled.map === images.map);
  const onNetwork = useMemo(() => settle('network', images.network), [settle, images.network]);
  const onMap = useMemo(
    () => (images.map ? settle('map', images.map) : null),
    [settle, images.map],
  );

  return (
    <div className="pack-page print-view">
      <nav className="pack-controls print-controls" aria-label="Meeting pack">
        <a href={`#/board/${encodeURIComponent(board.id)}`}>Back to the board</a>
        <MeetingChooser boardId={board.id} meetings={content.meetings} chosen={meeting} />
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <span className="muted">Choose “Save as PDF” in the print window for a PDF copy.</span>
      </nav>
      <article
        className="pack print-doc"
        aria-label="Meeting pack"
        data-pack-ready={ready || undefined}
      >
        {board.classification && (
          <p className="pack-marking screen-marking">{board.classification}</p>
        )}
        <header className="pack-cover">
          <p className="pack-kicker">Meeting pack</p>
          <h1>{names.mask(board.title)}</h1>
          <dl className="pack-facts">
            <dt>Purpose</dt>
            <dd>{names.mask(board.purpose)}</dd>
            <dt>Meeting</dt>
            <dd>
              {meeting
                ? `${formatDate(meeting.date)}${meeting.status === 'in-progress' ? ' (in progress)' : ''}`
                : 'No meeting has been held on this board yet: this pack shows the board as it stands.'}
            </dd>
            <dt>Names</dt>
            <dd>{namesWords(names.policy, names.presenterSafe)}</dd>
            <dt>Printed</dt>
            <dd>{longDate(now)}</dd>
          </dl>
          {meetingId && !asked && (
            <p role="status">
              The meeting in the address is not on this board; this is the latest meeting.
            </p>
          )}
          <p className="pack-note">{FACTS_NOTE}</p>
        </header>

        {meeting && (
          <section className="pack-section" aria-labelledby="pack-attendees">
            <h2 id="pack-attendees">Attendees</h2>
            {meeting.attendees.length === 0 ? (
              <p>No attendees were recorded.</p>
            ) : (
              <dl className="pack-attendees">
                {attendeesByAgency(meeting, names.mask).map((g) => (
                  <div key={g.agency}>
                    <dt>{g.agency}</dt>
                    <dd>{g.people.join(', ')}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        )}

        <section className="pack-section pack-break pack-wide" aria-labelledby="pack-network">
          <h2 id="pack-network">Network diagram</h2>
          <PackImage
            image={images.network}
            alt="The network diagram of the whole board, with its legend"
            onSettled={onNetwork}
          />
        </section>

        <section className="pack-section pack-break pack-wide" aria-labelledby="pack-map">
          <h2 id="pack-map">Map of places</h2>
          {images.map && onMap ? (
            <PackImage
              image={images.map}
              alt="The board's places drawn on a plain background, with the map legend"
              onSettled={onMap}
            />
          ) : (
            <p>No places with a shape have been recorded on this board.</p>
          )}
        </section>

        {meeting && (
          <section className="pack-section pack-break" aria-labelledby="pack-decisions">
            <h2 id="pack-decisions">Decisions by agenda item</h2>
            {decisions.length === 0 ? (
              <p>No decisions were recorded at this meeting.</p>
            ) : (
              decisions.map((item) => (
                <div key={item.key} className="pack-item">
                  <h3>{item.heading}</h3>
                  <ul>
                    {item.decisions.map((d) => (
                      <li key={d.id}>{d.text}</li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </section>
        )}

        <section className="pack-section pack-break" aria-labelledby="pack-actions">
          <h2 id="pack-actions">Action log</h2>
          <ActionLog rows={rows} />
        </section>

        <ChecksSection open={checks.open} considered={checks.considered} />

        <p className="pack-note pack-end-note">{FACTS_NOTE}</p>
        {board.classification && (
          <p className="pack-marking screen-marking">{board.classification}</p>
        )}
      </article>
    </div>
  );
}

function namesWords(...args: Parameters<typeof namesInForce>): string {
  const words = namesInForce(...args);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
