import { useEffect, useMemo } from 'react';
import type { BoardContent } from '../../db/queries';
import { useMeetingSnapshot } from '../../db/snapshots';
import { formatDate, toDateString, todayString } from '../../domain/dates';
import type { Action } from '../../domain/kinds/action';
import type { Person } from '../../domain/kinds/person';
import type { Place } from '../../domain/kinds/place';
import type { Snapshot } from '../../domain/kinds/snapshot';
import {
  changedIds,
  diffBoards,
  type BoardChange,
  type ComparableBoard,
} from '../../domain/snapshotDiff';
import { useMeetingUi } from '../../state/meetingStore';
import { NO_SELECTION, useUi, type Selection } from '../../state/uiStore';
import type { Names } from '../names';
import { describeChange } from './changeLines';
import { CHANGED_COLOUR, CHANGED_LEGEND } from '../../domain/changeEncoding';

/** The meeting ended most recently, whose snapshot "what changed" compares against. */
export function lastEndedMeeting(content: Pick<BoardContent, 'meetings'>) {
  return (
    content.meetings
      .filter((m) => m.status === 'ended' && m.endedAt)
      .sort((a, b) => b.endedAt!.localeCompare(a.endedAt!))[0] ?? null
  );
}

function selectionFor(c: BoardChange): Partial<Selection> | null {
  if (c.removed) return null;
  switch (c.recordKind) {
    case 'person':
      return { people: [c.id] };
    case 'group':
      return { groups: [c.id] };
    case 'place':
      return { places: [c.id] };
    case 'association':
      return { associations: [c.id] };
    case 'incident':
      return { incidents: [c.id] };
    case 'action': {
      const a = c.record as Action;
      if (a.targetKind === 'person') return { people: [a.targetId] };
      if (a.targetKind === 'group') return { groups: [a.targetId] };
      if (a.targetKind === 'place') return { places: [a.targetId] };
      return null;
    }
  }
}

/**
 * "What changed since the meeting on …": the board now against the snapshot kept when the last
 * meeting ended. Each line selects its record; what changed is marked on the diagram and the map
 * while this list is open.
 */
export function WhatChangedPanel({ content, names }: { content: BoardContent; names: Names }) {
  const meeting = lastEndedMeeting(content);
  const read = useMeetingSnapshot(meeting?.id ?? null);
  const damaged = read && 'damaged' in read ? read : null;
  const snapshot = damaged ? null : (read as Snapshot | null | undefined);
  const changes = useMemo(() => {
    if (!snapshot) return null;
    const before = snapshot.tables as ComparableBoard;
    return diffBoards(before, content, {
      since: toDateString(new Date(snapshot.takenAt)),
      today: todayString(),
    });
  }, [snapshot, content]);
  useEffect(() => {
    useMeetingUi.getState().setChanged(changes ? changedIds(changes) : new Set());
  }, [changes]);
  const naming = useMemo(() => {
    const people = new Map<string, Person>();
    const places = new Map<string, Place>();
    for (const p of (snapshot?.tables.people ?? []) as unknown as Person[]) people.set(p.id, p);
    for (const p of content.people) people.set(p.id, p);
    for (const p of (snapshot?.tables.places ?? []) as unknown as Place[]) places.set(p.id, p);
    for (const p of content.places) places.set(p.id, p);
    const mask = names.hiding ? names.mask : (t: string) => t;
    return { policy: names.policy, mask, people, places };
  }, [snapshot, content.people, content.places, names]);

  const close = () => useMeetingUi.getState().setChangesOpen(false);
  const title = meeting
    ? `What changed since the meeting on ${formatDate(meeting.date)}`
    : 'What changed since the last meeting';
  return (
    <section className="what-changed" aria-label={title}>
      <div className="meeting-row">
        <h2>{title}</h2>
        <span className="spacer" />
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      {!meeting && <p>No meeting has ended on this board yet, so there is nothing to compare.</p>}
      {meeting && snapshot === undefined && <p className="muted">Reading the snapshot…</p>}
      {meeting && snapshot === null && !damaged && (
        <p>The snapshot of that meeting is not on this device, so nothing can be compared.</p>
      )}
      {meeting && damaged && (
        <p role="alert">
          The snapshot of that meeting is damaged and cannot be read: {damaged.problem}. Nothing can
          be compared. It is kept aside on this device, unchanged; the meeting and the board are not
          affected.
        </p>
      )}
      {changes && changes.length === 0 && <p>Nothing has changed since that meeting.</p>}
      {changes && changes.length > 0 && (
        <p className="changed-legend">
          <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
            <circle
              cx="11"
              cy="11"
              r="8"
              fill="none"
              stroke={CHANGED_COLOUR}
              strokeWidth="3"
              strokeDasharray="4 3"
            />
          </svg>{' '}
          {CHANGED_LEGEND}, on the diagram and the map.
        </p>
      )}
      {changes && changes.length > 0 && (
        <ul>
          {changes.map((c) => {
            const text = describeChange(c, naming);
            const select = selectionFor(c);
            return (
              <li key={c.key} className={`change change-${c.kind}`}>
                {select ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => useUi.getState().select({ ...NO_SELECTION, ...select })}
                  >
                    {text}
                  </button>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
