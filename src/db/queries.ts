import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import type { Annotation } from '../domain/records/annotation';
import type { Association } from '../domain/records/association';
import type { Action } from '../domain/records/action';
import type { Board } from '../domain/records/board';
import type { ChangeLogEntry } from '../domain/records/changeLog';
import type { Group, Membership } from '../domain/records/group';
import type { Incident } from '../domain/records/incident';
import type { Meeting } from '../domain/records/meeting';
import type { Person } from '../domain/records/person';
import type { Place } from '../domain/records/place';
import type { PlaceLink } from '../domain/records/placeLink';
import type { DiagramPosition } from '../domain/records/position';
import { boardContentTables, type TableName } from '../domain/tables';
import { db } from './database';
import { checkLoaded, type QuarantinedRecord } from './loadValidation';
import { useBoardRows } from './boardRows';
import { recentCommits, subscribeToCommits } from './recentCommits';

export interface BoardList {
  boards: Board[];
  quarantined: QuarantinedRecord[];
}

/** All boards, newest first. `undefined` while loading. */
export function useBoards(): BoardList | undefined {
  return useLiveQuery(async () => {
    const quarantined: QuarantinedRecord[] = [];
    const boards = checkLoaded('boards', await db().boards.toArray(), quarantined);
    boards.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { boards, quarantined };
  }, []);
}

/** What the network view needs of one board. */
export interface BoardContent {
  board: Board;
  people: Person[];
  associations: Association[];
  groups: Group[];
  memberships: Membership[];
  positions: DiagramPosition[];
  /** Notes pinned on the network diagram (map notes are left out). */
  annotations: Annotation[];
  places: Place[];
  /** Links from people and groups to places; links to a record kept aside are left out. */
  placeLinks: PlaceLink[];
  incidents: Incident[];
  /** The plan: actions aimed at people, groups, places or the whole board. */
  actions: Action[];
  /** Strategy meetings held over the board (snapshots are read on demand, not here). */
  meetings: Meeting[];
  quarantined: QuarantinedRecord[];
}

/**
 * One board's records, validated. `undefined` while loading, `null` when the board does not exist
 * (deleted, perhaps in another tab). Records failing validation are reported in `quarantined`;
 * associations to a person kept aside are left out too, so the diagram never draws a dangling line.
 * What this tab commits is shown at once, before the re-read that confirms it (see recentCommits).
 */
export function useBoardContent(boardId: string): BoardContent | null | undefined {
  const commits = useSyncExternalStore(subscribeToCommits, recentCommits);
  const board = useBoardRows('boards', boardId, commits);
  const people = useBoardRows('people', boardId, commits);
  const associations = useBoardRows('associations', boardId, commits);
  const groups = useBoardRows('groups', boardId, commits);
  const memberships = useBoardRows('memberships', boardId, commits);
  const positions = useBoardRows('positions', boardId, commits);
  const annotations = useBoardRows('annotations', boardId, commits);
  const places = useBoardRows('places', boardId, commits);
  const placeLinks = useBoardRows('placeLinks', boardId, commits);
  const incidents = useBoardRows('incidents', boardId, commits);
  const actions = useBoardRows('actions', boardId, commits);
  const meetings = useBoardRows('meetings', boardId, commits);
  const linked = useMemo(() => {
    if (!people || !associations) return undefined;
    const personIds = new Set(people.rows.map((p) => p.id));
    return associations.rows.filter((a) => personIds.has(a.fromId) && personIds.has(a.toId));
  }, [people, associations]);
  const linkedPlaces = useMemo(() => {
    if (!places || !placeLinks || !people || !groups) return undefined;
    const placeIds = new Set(places.rows.map((p) => p.id));
    const subjects = new Set([...people.rows, ...groups.rows].map((r) => r.id));
    return placeLinks.rows.filter((l) => placeIds.has(l.placeId) && subjects.has(l.subjectId));
  }, [places, placeLinks, people, groups]);
  const networkNotes = useMemo(
    () => annotations?.rows.filter((n) => n.surface === 'network'),
    [annotations],
  );
  return useMemo(() => {
    if (
      !board ||
      !people ||
      !linked ||
      !groups ||
      !memberships ||
      !positions ||
      !networkNotes ||
      !places ||
      !linkedPlaces ||
      !incidents ||
      !actions ||
      !meetings
    )
      return undefined;
    const [found] = board.rows;
    if (!found) return null;
    return {
      board: found,
      people: people.rows,
      associations: linked,
      groups: groups.rows,
      memberships: memberships.rows,
      positions: positions.rows,
      annotations: networkNotes,
      places: places.rows,
      placeLinks: linkedPlaces,
      incidents: incidents.rows,
      actions: actions.rows,
      meetings: meetings.rows,
      quarantined: [
        board,
        people,
        associations,
        groups,
        memberships,
        positions,
        annotations,
        places,
        placeLinks,
        incidents,
        actions,
        meetings,
      ].flatMap((t) => t?.quarantined ?? []),
    };
  }, [
    board,
    people,
    associations,
    linked,
    groups,
    memberships,
    positions,
    annotations,
    networkNotes,
    places,
    placeLinks,
    linkedPlaces,
    incidents,
    actions,
    meetings,
  ]);
}

/** How many records of each kind a board holds: what deleting it would lose. */
export async function countBoardContent(
  boardId: string,
): Promise<Partial<Record<TableName, number>>> {
  const d = db();
  const counts: Partial<Record<TableName, number>> = {};
  await Promise.all(
    boardContentTables.map(async (t) => {
      counts[t] = await d.table(t).where('boardId').equals(boardId).count();
    }),
  );
  return counts;
}

export async function loadSetting<T>(key: string): Promise<T | undefined> {
  const row = await db().settings.get(key);
  return row?.value as T | undefined;
}

/** Device preferences are not domain data: they bypass the command bus and have no undo. */
export async function saveSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value });
}

/** The newest change-log entries of a board, newest first. */
export function useChangeLog(boardId: string, limit = 200): ChangeLogEntry[] | undefined {
  return useLiveQuery(async () => {
    const entries = await db().changeLog.where('boardId').equals(boardId).toArray();
    return [...entries].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }, [boardId, limit]);
}
