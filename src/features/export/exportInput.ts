import type { BoardContent } from '../../db/queries';
import { toDateString } from '../../domain/dates';
import { effectivePolicy, maskNames } from '../../domain/naming';
import type { NamePolicy } from '../../domain/vocabulary';
import { buildNetworkModel } from '../network';
import type { NetworkSvgInput } from './networkSvg';

export type ExportFormat = 'png' | 'svg';

export interface ExportView {
  /** Whether presenter-safe mode is on (it tightens the board's name policy). */
  presenterSafe: boolean;
  /** What the filters hide on screen. */
  hidden: ReadonlySet<string>;
  now: Date;
}

const policyWords: Record<NamePolicy, string> = {
  full: 'full names',
  initials: 'initials',
  pseudonym: 'pseudonyms',
};

/** "initials (presenter-safe)": which names the image carries, for its header and the notice. */
export function namesInForce(policy: NamePolicy, presenterSafe: boolean): string {
  return `${policyWords[policy]}${presenterSafe ? ' (presenter-safe)' : ''}`;
}

/** "names as initials: presenter-safe": the same, for the notice after an export. */
export function namesNotice(policy: NamePolicy, presenterSafe: boolean): string {
  const names = policy === 'full' ? 'full names' : `names as ${policyWords[policy]}`;
  return presenterSafe ? `${names}: presenter-safe` : names;
}

/** "21 November 2026": the date written out in full, as on a printed document. */
export const longDate = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * What the exported image shows: the diagram as on screen, under the names policy in force. Names
 * can also sit in free text (the title, group names, notes), so that text is masked the same way as
 * the board's messages and change log: a presenter-safe image carries no full name anywhere.
 */
export function exportInput(content: BoardContent, view: ExportView): NetworkSvgInput {
  const policy = effectivePolicy(content.board.namePolicy, view.presenterSafe);
  const mask = (text: string) => maskNames(text, content.people, policy);
  const model = buildNetworkModel(content, { policy, today: toDateString(view.now) });
  return {
    title: mask(content.board.title),
    marking: content.board.classification,
    dateText: longDate(view.now),
    namesLine: `Names: ${namesInForce(policy, view.presenterSafe)}`,
    model: {
      ...model,
      groups: model.groups.map((g) => ({ ...g, name: mask(g.name) })),
      notes: model.notes.map((n) => ({ ...n, text: mask(n.text) })),
    },
    hidden: view.hidden,
  };
}

/**
 * `<board title>-network-<yyyy-mm-dd>.png` (or `-map-` for the map): letters, digits and hyphens
 * only, so the name is valid on every system and no path or markup can hide in it.
 */
export function exportFileName(
  title: string,
  now: Date,
  format: ExportFormat,
  view: 'network' | 'map' = 'network',
): string {
  const safe = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${safe || 'board'}-${view}-${toDateString(now)}.${format}`;
}
