import type { MeasureKey } from '../../domain/analysis/measures';
import { isMeasureKey, SIZE_RANGE } from '../../domain/analysis/sizeByMeasure';
import { emptyFilter, type NetworkFilter } from '../../domain/networkFilter';
import type { CoordinateSpace } from '../../domain/records/geometry';
import type { BoardMapArea } from '../map';
import type { BoardViews } from '../../state/viewStore';
import { NO_SELECTION, type Selection } from '../../state/uiStore';

/**
 * What travels between the chair's window and the presenter window over a BroadcastChannel on the
 * same device: UI state only. Records never travel here: the presenter reads them from IndexedDB
 * through its own board store, so a message can never carry a name.
 */
export { PRESENTER_CHANNEL, presenterHash } from './channelName';

/** The part of the diagram the chair can see, in model coordinates. */
export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Everything the presenter needs to show what the chair shows. */
export interface ChairState {
  boardId: string;
  views: BoardViews;
  showPlaces: boolean;
  selection: Selection;
  filter: NetworkFilter;
  /** The agenda item being discussed (index), when a meeting is in progress. */
  step: number;
  /** The chair's visible part of the diagram, or null before it is drawn. */
  extent: Extent | null;
  /** The area the chair's map shows (or last showed), or null before it is first shown. */
  mapArea: BoardMapArea | null;
  /** People sized by a measure (node sizes by person id: ids and numbers only), or null. */
  sizing: { measure: MeasureKey; sizes: Readonly<Record<string, number>> } | null;
  /** The days of incidents the chair's map shows (the time bar sets it with the diagram's dates). */
  period: IncidentPeriod;
}

/** `YYYY-MM-DD`, both included; null leaves that end open. */
export interface IncidentPeriod {
  from: string | null;
  to: string | null;
}

export type PresenterMessage =
  /** The chair's board and view, sent on every change and in answer to `hello`. */
  | { type: 'state'; state: ChairState }
  /** The chair's window left the board (closed, reloaded, or went to the board list). */
  | { type: 'chair-gone' }
  /** The chair asks the presenter window to close. */
  | { type: 'close' }
  /** A presenter window has opened (or reloaded, or answers the chair's `hello`). */
  | { type: 'presenter-here' }
  /** The presenter window is closing. */
  | { type: 'presenter-gone' }
  /** Asks the other side to say it is there (a reloaded chair or presenter). */
  | { type: 'hello' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const ids = (v: unknown): readonly string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readExtent(v: unknown): Extent | null {
  if (!isObject(v)) return null;
  const { x1, y1, x2, y2 } = v;
  if (!finite(x1) || !finite(y1) || !finite(x2) || !finite(y2) || x2 <= x1 || y2 <= y1) return null;
  return { x1, y1, x2, y2 };
}

/**
 * Longitudes stay within one turn either side of the world (a map zoomed far out may show more
 * than one), latitudes within the poles; an image's pixels within any image a browser can draw.
 */
const AREA_LIMITS: Record<CoordinateSpace, { x: number; y: number }> = {
  geo: { x: 540, y: 90 },
  image: { x: 1e7, y: 1e7 },
};

function readMapArea(v: unknown, boardId: string): BoardMapArea | null {
  if (!isObject(v) || v.boardId !== boardId) return null;
  const { space, x1, y1, x2, y2 } = v;
  if (space !== 'geo' && space !== 'image') return null;
  if (!finite(x1) || !finite(y1) || !finite(x2) || !finite(y2) || x2 <= x1 || y2 <= y1) return null;
  const limit = AREA_LIMITS[space];
  if (Math.max(-x1, x2) > limit.x || Math.max(-y1, y2) > limit.y) return null;
  return { boardId, space, x1, y1, x2, y2 };
}

function readSelection(v: unknown): Selection {
  if (!isObject(v)) return NO_SELECTION;
  return {
    people: ids(v.people),
    associations: ids(v.associations),
    groups: ids(v.groups),
    annotations: ids(v.annotations),
    places: ids(v.places),
    incidents: ids(v.incidents),
  };
}

function readFilter(v: unknown): NetworkFilter {
  if (!isObject(v)) return emptyFilter;
  const focus = isObject(v.focus) ? v.focus : null;
  const steps = focus?.steps;
  return {
    hiddenAssociationKinds: ids(
      v.hiddenAssociationKinds,
    ) as NetworkFilter['hiddenAssociationKinds'],
    hiddenConfidences: ids(v.hiddenConfidences) as NetworkFilter['hiddenConfidences'],
    dateFrom: typeof v.dateFrom === 'string' ? v.dateFrom : null,
    dateTo: typeof v.dateTo === 'string' ? v.dateTo : null,
    hideUndated: v.hideUndated === true,
    hiddenLeadAgencies: ids(v.hiddenLeadAgencies),
    onlyGroups: ids(v.onlyGroups),
    hiddenPersonKinds: ids(v.hiddenPersonKinds) as NetworkFilter['hiddenPersonKinds'],
    focus:
      focus && (steps === 1 || steps === 2 || steps === 3)
        ? { centre: ids(focus.centre), steps }
        : null,
  };
}

/** Only a known measure, and sizes within the range the diagram draws. */
function readSizing(v: unknown): ChairState['sizing'] {
  if (!isObject(v) || !isMeasureKey(v.measure) || !isObject(v.sizes)) return null;
  const sizes: Record<string, number> = {};
  for (const [id, size] of Object.entries(v.sizes))
    if (finite(size)) sizes[id] = Math.min(SIZE_RANGE.max, Math.max(SIZE_RANGE.min, size));
  return { measure: v.measure, sizes };
}
const day = (v: unknown): string | null =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
const readPeriod = (v: unknown): IncidentPeriod =>
  isObject(v) ? { from: day(v.from), to: day(v.to) } : { from: null, to: null };

const VIEWS: readonly BoardViews[] = ['network', 'both', 'map'];

function readState(v: unknown): ChairState | null {
  if (!isObject(v) || typeof v.boardId !== 'string' || v.boardId === '') return null;
  return {
    boardId: v.boardId,
    views: VIEWS.find((x) => x === v.views) ?? 'network',
    showPlaces: v.showPlaces === true,
    selection: readSelection(v.selection),
    filter: readFilter(v.filter),
    step: finite(v.step) && v.step >= 0 ? Math.floor(v.step) : 0,
    extent: readExtent(v.extent),
    mapArea: readMapArea(v.mapArea, v.boardId),
    sizing: readSizing(v.sizing),
    period: readPeriod(v.period),
  };
}

/**
 * A message from the channel as the app understands it, or null. Anything on the channel is
 * checked field by field: another tab of another version of the app may be talking on it.
 */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'state': {
      const state = readState(data.state);
      return state ? { type: 'state', state } : null;
    }
    case 'chair-gone':
    case 'close':
    case 'presenter-here':
    case 'presenter-gone':
    case 'hello':
      return { type: data.type };
    default:
      return null;
  }
}

/** Opens the channel, or null where the browser has none (nothing is then shared). */
export { openPresenterChannel } from './channelName';
