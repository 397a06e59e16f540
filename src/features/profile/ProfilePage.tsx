import { useCallback, useEffect, useMemo, useState } from 'react';
import { useBoardContent, type BoardContent } from '../../db/queries';
import { RouteOpening } from '../../ui/RouteStates';
import { ProblemProfileReport } from './ProblemProfileReport';
import { profileModel } from './profileModel';
import { readProfileQuery } from './profileQuery';

interface Props {
  /** The address's query: see profileQuery.ts. */
  query: string;
  /** Presenter-safe tightens the named version's names, as everywhere. */
  presenterSafe: boolean;
  /** Who is signed in on this device: the report says who produced it. */
  producedBy: string;
}

type Read = BoardContent | null | undefined;

/** Reads one board, live, and hands it up: the page reads as many boards as were chosen. */
function BoardReader({
  boardId,
  onRead,
}: {
  boardId: string;
  onRead: (id: string, c: Read) => void;
}) {
  const content = useBoardContent(boardId);
  useEffect(() => onRead(boardId, content), [boardId, content, onRead]);
  return null;
}

/** The problem profile's route: the chosen boards' records, read live, as a report to print. */
export default function ProfilePage({ query, presenterSafe, producedBy }: Props) {
  const { boardIds: ids, named, fromBoard } = useMemo(() => readProfileQuery(query), [query]);
  const [read, setRead] = useState<ReadonlyMap<string, Read>>(new Map());
  const onRead = useCallback(
    (id: string, c: Read) => setRead((m) => (m.get(id) === c ? m : new Map(m).set(id, c))),
    [],
  );
  const [producedOn] = useState(() => new Date());
  // Worked out again only when a board's records change (each read is a new map then).
  const { loading, contents, model } = useMemo(() => {
    const all = ids.map((id) => read.get(id));
    const found = all.filter((c): c is BoardContent => !!c);
    const waiting = all.some((c) => c === undefined);
    return {
      loading: waiting,
      contents: found,
      model: waiting || found.length === 0 ? null : profileModel(found, named, presenterSafe),
    };
  }, [ids, read, named, presenterSafe]);
  const back = fromBoard && ids[0] ? `#/board/${encodeURIComponent(ids[0])}` : '#/';
  return (
    <div className="profile-page print-view">
      {ids.map((id) => (
        <BoardReader key={id} boardId={id} onRead={onRead} />
      ))}
      <nav className="profile-controls print-controls" aria-label="Problem profile">
        <a href={back}>{fromBoard ? 'Back to the board' : 'Back to all boards'}</a>
        <button type="button" onClick={() => window.print()} disabled={!model}>
          Print
        </button>
        <span className="muted">Choose “Save as PDF” in the print window for a PDF copy.</span>
      </nav>
      {loading ? (
        <RouteOpening>Opening the problem profile…</RouteOpening>
      ) : model ? (
        <ProblemProfileReport
          model={model}
          named={named}
          producedBy={producedBy}
          producedOn={producedOn}
          missing={ids.length - contents.length}
        />
      ) : (
        <p role="alert" className="profile-none">
          {ids.length === 0
            ? 'No boards were chosen for this problem profile.'
            : 'The boards asked for are not on this device (they may have been deleted) or could not be read.'}
        </p>
      )}
    </div>
  );
}
