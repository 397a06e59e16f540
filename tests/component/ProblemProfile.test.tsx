import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardContent } from '../../src/db/queries';
import { newAssociation } from '../../src/domain/kinds/association';
import { newBoard } from '../../src/domain/kinds/board';
import { newGroup } from '../../src/domain/kinds/group';
import { newIncident } from '../../src/domain/kinds/incident';
import { newMembership } from '../../src/domain/kinds/membership';
import { newPerson } from '../../src/domain/kinds/person';
import { newPlace } from '../../src/domain/kinds/place';
import { newPlaceLink } from '../../src/domain/kinds/placeLink';
import { ProblemProfileReport } from '../../src/features/profile/ProblemProfileReport';
import { profileModel } from '../../src/features/profile/profileModel';

const NOW = new Date('2026-12-07T10:00:00');
const point = { type: 'Point' as const, coordinates: [-1.5, 53.8] as [number, number] };

function board(id: string, title: string, classification: string, withIncidents = true) {
  const kyle = newPerson(`${id}-kyle`, id, { displayName: 'Kyle Brennan', initials: 'KB' });
  const amira = newPerson(`${id}-amira`, id, { displayName: 'Amira Hussain', initials: 'AH' });
  const content: BoardContent = {
    board: newBoard(id, {
      title,
      purpose: '',
      owner: 'Chair',
      reviewDate: '2027-01-10',
      classification,
      namePolicy: 'full',
    }),
    people: [kyle, amira],
    associations: [
      newAssociation(`${id}-a1`, id, { fromId: kyle.id, toId: amira.id, kind: 'friendship' }),
    ],
    groups: [newGroup(`${id}-g`, id, { name: 'Kestrel Park group', colour: '#1f77b4' })],
    memberships: [
      newMembership(`${id}-m1`, id, `${id}-g`, kyle.id),
      newMembership(`${id}-m2`, id, `${id}-g`, amira.id),
    ],
    positions: [],
    annotations: [],
    places: [newPlace(`${id}-park`, id, { name: 'Kestrel Park', kind: 'park', geometry: point })],
    placeLinks: [
      newPlaceLink(`${id}-l`, id, {
        placeId: `${id}-park`,
        subjectKind: 'group',
        subjectId: `${id}-g`,
        kind: 'frequents',
      }),
    ],
    incidents: withIncidents
      ? [
          newIncident(`${id}-i1`, id, {
            occurredAt: '2026-10-03T21:30',
            harmKinds: ['cce'],
            placeId: `${id}-park`,
            involved: [{ personId: kyle.id, role: 'harmed' }],
          }),
          newIncident(`${id}-i2`, id, {
            occurredAt: '2026-11-14T22:10',
            harmKinds: ['cce', 'violence'],
            placeId: `${id}-park`,
            involved: [
              { personId: kyle.id, role: 'harmed' },
              { personId: amira.id, role: 'witness' },
            ],
          }),
        ]
      : [],
    actions: [],
    meetings: [],
    quarantined: [],
    missingEnds: { associations: 0, memberships: 0, placeLinks: 0 },
  };
  return content;
}

function show(contents: BoardContent[], named = false, presenterSafe = false) {
  render(
    <ProblemProfileReport
      model={profileModel(contents, named, presenterSafe)}
      named={named}
      producedBy="Grace Okafor"
      producedOn={NOW}
      missing={0}
    />,
  );
  return screen.getByRole('article', { name: 'Problem profile' });
}

afterEach(() => document.documentElement.style.removeProperty('--pp-print-marking'));

describe('the problem profile report', () => {
  it('counts young people and never names them by default', () => {
    const report = show([board('b1', 'Brookside review', 'OFFICIAL-SENSITIVE')]);
    expect(report).toHaveAttribute('data-profile-ready', 'true');
    expect(report.textContent).not.toMatch(/Kyle|Amira|Brennan|Hussain/);
    const young = within(screen.getByRole('region', { name: 'Young people affected' })).getByRole(
      'table',
    );
    const cce = within(young).getByRole('row', { name: /Criminal exploitation/ });
    expect(
      within(cce)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2']);
    expect(within(young).queryByRole('columnheader', { name: 'Names' })).toBeNull();
    expect(screen.getByText('Young people are counted, never named.')).toBeInTheDocument();
  });

  it('names young people only in the named internal version, marked on every page', () => {
    const report = show([board('b1', 'Brookside review', 'OFFICIAL-SENSITIVE')], true);
    const young = within(screen.getByRole('region', { name: 'Young people affected' }));
    expect(young.getByRole('columnheader', { name: 'Names' })).toBeInTheDocument();
    expect(young.getByRole('row', { name: /Criminal exploitation/ })).toHaveTextContent(
      'Amira Hussain, Kyle Brennan',
    );
    expect(within(report).getAllByText('OFFICIAL-SENSITIVE · Named internal version')).toHaveLength(
      2,
    );
    expect(document.documentElement.style.getPropertyValue('--pp-print-marking')).toBe(
      '"OFFICIAL-SENSITIVE · Named internal version"',
    );
  });

  it('keeps to initials in the named version while presenter-safe is on', () => {
    show([board('b1', 'Brookside review', 'OFFICIAL')], true, true);
    const young = within(screen.getByRole('region', { name: 'Young people affected' }));
    expect(young.getByRole('row', { name: /Criminal exploitation/ })).toHaveTextContent('AH, KB');
    expect(screen.getByRole('article').textContent).not.toMatch(/Kyle|Amira/);
  });

  it('draws the harms by month as SVG with a table of the same figures', () => {
    show([board('b1', 'Brookside review', 'OFFICIAL')]);
    const harms = within(screen.getByRole('region', { name: 'Harms by kind over time' }));
    const chart = harms.getByRole('img', { name: /Incidents by month and kind of harm/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(within(chart).getByText('Oct 2026')).toBeInTheDocument();
    const legend = harms.getByRole('list', { name: 'Kinds of harm' });
    expect(legend).toHaveTextContent('Criminal exploitation');
    expect(legend).toHaveTextContent('Serious youth violence');
    const nov = harms.getByRole('row', { name: /Nov 2026/ });
    expect(
      within(nov)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1']);
  });

  it('ranks places with their hours, and combines boards keeping their places apart', () => {
    show([
      board('b1', 'Brookside review', 'OFFICIAL'),
      board('b2', 'Harrowfield north', 'OFFICIAL-SENSITIVE'),
    ]);
    const covered = screen.getByRole('list', { name: 'Boards covered' });
    expect(
      within(covered)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Brookside review', 'Harrowfield north']);
    const cover = screen.getByRole('article').querySelector('header')!;
    expect(cover).toHaveTextContent('Incidents from 3 October 2026 to 14 November 2026');
    expect(cover).toHaveTextContent('4 incidents, 4 young people');
    expect(screen.getAllByText('OFFICIAL-SENSITIVE')).toHaveLength(2);
    const places = within(screen.getByRole('region', { name: 'Places ranked' }));
    const rows = places.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Kestrel Park');
    expect(places.getByText(/Park · Brookside review/)).toBeInTheDocument();
    expect(places.getByText(/Park · Harrowfield north/)).toBeInTheDocument();
    expect(
      places.getAllByRole('img', { name: /Kestrel Park: incidents by hour of the day/ })[0],
    ).toHaveAccessibleName(/most at 21:00, 22:00 \(1 each\)/);
    const groups = within(
      screen.getByRole('region', { name: 'Groups and the harms they overlap with' }),
    );
    expect(groups.getAllByRole('row')[1]).toHaveTextContent(
      'Criminal exploitation (2), Serious youth violence (1)',
    );
  });

  it('says so section by section when nothing is recorded, with the caveats', () => {
    const empty = board('b1', 'Quiet board', 'OFFICIAL', false);
    show([{ ...empty, groups: [], memberships: [], placeLinks: [] }]);
    expect(
      screen.getByText(
        'No incidents are recorded on this board, so there are no harms over time to show.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Incidents by month/ })).toBeNull();
    expect(screen.getByText(/No places on this board have incidents/)).toBeInTheDocument();
    expect(screen.getByText('No groups are recorded on this board.')).toBeInTheDocument();
    expect(
      screen.getByText('No young person is recorded as involved in an incident.'),
    ).toBeInTheDocument();
    const caveats = within(screen.getByRole('region', { name: 'Caveats on the data' }));
    expect(caveats.getByText(/Nothing here is a finding about a child/)).toBeInTheDocument();
    expect(
      caveats.getByText(/1 of 1 association \(100%\) have no date reported/),
    ).toBeInTheDocument();
    expect(caveats.getByText(/No incidents are recorded, so no pattern/)).toBeInTheDocument();
  });
});
