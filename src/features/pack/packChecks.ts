import type { BoardContent } from '../../db/queries';
import { formatDate } from '../../domain/dates';
import { runChecks, splitFindings, type CheckRecordRef } from '../../domain/checks';
import type { Names } from '../names';

export interface PackCheck {
  key: string;
  title: string;
  reason: string;
}

export interface ConsideredCheck extends PackCheck {
  /** Why the group judged it not to apply, who said so and when. */
  consideredReason: string;
  by: string;
  on: string;
}

/** A record named in a check's words, under the names policy in force (never a full name by itself). */
function namer(content: BoardContent, names: Names): (ref: CheckRecordRef) => string {
  return (ref) => {
    switch (ref.kind) {
      case 'person':
        return names.ofId(ref.id, 'someone no longer on the board');
      case 'group':
        return names.mask(content.groups.find((g) => g.id === ref.id)?.name ?? 'a group');
      case 'place':
        return names.mask(content.places.find((p) => p.id === ref.id)?.name ?? 'a place');
      case 'association': {
        const a = content.associations.find((x) => x.id === ref.id);
        return a ? `${names.ofId(a.fromId)} and ${names.ofId(a.toId)}` : 'an association';
      }
      case 'action':
        return names.mask(content.actions.find((a) => a.id === ref.id)?.description ?? 'an action');
      case 'incident': {
        const i = content.incidents.find((x) => x.id === ref.id);
        return i ? `the incident on ${formatDate(i.occurredAt.slice(0, 10))}` : 'an incident';
      }
      case 'board':
        return names.mask(content.board.title);
    }
  };
}

/**
 * The contextual checks as the pack prints them: those still open, and those the group considered
 * not applicable with its reason. Titles and reasons are masked again, as free text can carry a
 * name typed into a record.
 */
export function packChecks(
  content: BoardContent,
  names: Names,
  today: string,
): { open: PackCheck[]; considered: ConsideredCheck[] } {
  const findings = runChecks({ ...content, today, nameOf: namer(content, names) });
  const { open, considered } = splitFindings(findings, content.board.considered);
  const words = (f: { key: string; title: string; reason: string }) => ({
    key: f.key,
    title: names.mask(f.title),
    reason: names.mask(f.reason),
  });
  return {
    open: open.map(words),
    considered: considered.map(({ finding, note }) => ({
      ...words(finding),
      consideredReason: names.mask(note.reason),
      by: note.by,
      on: formatDate(note.at.slice(0, 10)),
    })),
  };
}
