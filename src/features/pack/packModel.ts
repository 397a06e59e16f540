import type { BoardContent } from '../../db/queries';
import { isOverdue } from '../../domain/actionStatus';
import { formatDate } from '../../domain/dates';
import type { Action } from '../../domain/kinds/action';
import type { Meeting } from '../../domain/kinds/meeting';
import { actionStatuses, labelOf } from '../../domain/vocabulary';
import type { Names } from '../names';

type Content = Pick<BoardContent, 'board' | 'people' | 'groups' | 'places' | 'actions'>;
type ItemKind = 'person' | 'group' | 'place' | 'board';

/**
 * The meeting the pack is for: the one asked for, else the latest by date (then by when it was
 * recorded, so two meetings on one day pick the later). Null when the board has had none.
 */
export function chooseMeeting(
  meetings: readonly Meeting[],
  meetingId: string | null,
): Meeting | null {
  if (meetingId) return meetings.find((m) => m.id === meetingId) ?? null;
  let latest: Meeting | null = null;
  for (const m of meetings) {
    if (
      !latest ||
      m.date > latest.date ||
      (m.date === latest.date && m.createdAt > latest.createdAt)
    )
      latest = m;
  }
  return latest;
}

/** What an action, decision or agenda item is about, in words the names policy allows. */
export function itemName(content: Content, names: Names, kind: ItemKind, id: string): string {
  switch (kind) {
    case 'board':
      return 'The whole board';
    case 'person':
      return `Person: ${names.ofId(id, 'someone no longer on the board')}`;
    case 'group': {
      const g = content.groups.find((x) => x.id === id);
      return `Group: ${g ? names.mask(g.name) : 'a group no longer on the board'}`;
    }
    case 'place': {
      const p = content.places.find((x) => x.id === id);
      return `Place: ${p ? names.mask(p.name) : 'a place no longer on the board'}`;
    }
  }
}

export interface ActionRow {
  id: string;
  target: string;
  description: string;
  agency: string;
  owner: string;
  due: string;
  review: string;
  /** The status in words, with "overdue" said in words rather than only by colour. */
  status: string;
  overdue: boolean;
  outcome: string;
}

/** Most urgent first: by due date, then target, so the log reads the same each time it is printed. */
const byDue = (a: Action, b: Action) =>
  a.dueDate.localeCompare(b.dueDate) || a.createdAt.localeCompare(b.createdAt);

/** Every action on the board, as the pack's action log prints it. Free text is masked. */
export function actionRows(content: Content, names: Names, today: string): ActionRow[] {
  return [...content.actions].sort(byDue).map((a) => {
    const overdue = isOverdue(a, today);
    const status = labelOf(actionStatuses, a.status);
    return {
      id: a.id,
      target: itemName(content, names, a.targetKind, a.targetId),
      description: names.mask(a.description),
      // Practitioners can be on the board too (a professional in the network): masked as well.
      agency: names.mask(
        a.partners.length ? `${a.agency}, with ${a.partners.join(', ')}` : a.agency,
      ),
      owner: a.owner ? names.mask(a.owner) : 'Not named',
      due: formatDate(a.dueDate),
      review: a.reviewDate ? formatDate(a.reviewDate) : 'None set',
      status: overdue ? `${status}: overdue` : status,
      overdue,
      outcome: names.mask(a.outcome),
    };
  });
}

export interface AttendeeGroup {
  agency: string;
  people: string[];
}

/** Attendees grouped under their agency, agencies in alphabetical order; names masked as the board's. */
export function attendeesByAgency(
  meeting: Meeting,
  mask: (text: string) => string,
): AttendeeGroup[] {
  const by = new Map<string, string[]>();
  for (const a of meeting.attendees) {
    const agency = mask(a.agency.trim()) || 'Agency not given';
    by.set(agency, [...(by.get(agency) ?? []), mask(a.name)]);
  }
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([agency, people]) => ({ agency, people }));
}

export interface DecisionItem {
  key: string;
  heading: string;
  decisions: { id: string; text: string }[];
}

/**
 * Decisions under the agenda item they were made on, in agenda order; decisions about the whole
 * board, or about an item taken off the agenda, follow. Items with no decision are left out.
 */
export function decisionsByItem(content: Content, names: Names, meeting: Meeting): DecisionItem[] {
  const order = [
    ...meeting.agenda.map((i) => ({ kind: i.kind, id: i.id })),
    { kind: 'board' as const, id: content.board.id },
  ];
  const keyOf = (kind: string, id: string) => `${kind}:${id}`;
  const out = new Map<string, DecisionItem>();
  for (const { kind, id } of order)
    out.set(keyOf(kind, id), {
      key: keyOf(kind, id),
      heading: itemName(content, names, kind, id),
      decisions: [],
    });
  for (const d of [...meeting.decisions].sort((a, b) => a.at.localeCompare(b.at))) {
    const key = keyOf(d.itemKind, d.itemKind === 'board' ? content.board.id : d.itemId);
    let item = out.get(key);
    if (!item) {
      item = { key, heading: itemName(content, names, d.itemKind, d.itemId), decisions: [] };
      out.set(key, item);
    }
    item.decisions.push({ id: d.id, text: names.mask(d.text) });
  }
  return [...out.values()].filter((i) => i.decisions.length > 0);
}
