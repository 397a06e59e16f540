import { useMemo } from 'react';
import type { BoardContent } from '../../db/queries';
import { todayString } from '../../domain/dates';
import type { Person } from '../../domain/kinds/person';
import type { Names } from '../names';
import { summarisePerson } from './personSummary';

/**
 * The first thing the panel shows: risk, harm role, groups with roles, links and open actions, so
 * a chair can read a person at a glance. Nothing here is hidden by presenter-safe: group names are
 * masked like everywhere else, and it holds no dates of birth, schools, health or notes.
 */
export function PersonSummaryBlock({
  person,
  content,
  names,
}: {
  person: Person;
  content: BoardContent;
  names: Names;
}) {
  const { associations, memberships, groups, actions } = content;
  const mask = names.hiding ? names.mask : keep;
  const summary = useMemo(
    () =>
      summarisePerson(person, { associations, memberships, groups, actions }, todayString(), mask),
    [person, associations, memberships, groups, actions, mask],
  );
  return (
    <section className="person-summary" aria-label="Summary">
      <dl>
        <div>
          <dt>Risk</dt>
          <dd>{summary.risk}</dd>
        </div>
        <div>
          <dt>Harm role</dt>
          <dd>{summary.harmRole}</dd>
        </div>
        <div>
          <dt>Groups</dt>
          <dd>{summary.groups.length === 0 ? 'None' : summary.groups.join('; ')}</dd>
        </div>
        <div>
          <dt>Links</dt>
          <dd>
            {summary.links} {summary.links === 1 ? 'association' : 'associations'}
          </dd>
        </div>
        <div>
          <dt>Actions</dt>
          <dd>{summary.actions}</dd>
        </div>
      </dl>
    </section>
  );
}

const keep = (text: string) => text;
