import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoardContent } from '../../src/db/queries';
import { newAction } from '../../src/domain/kinds/action';
import { newBoard } from '../../src/domain/kinds/board';
import { newGroup } from '../../src/domain/kinds/group';
import { newPerson } from '../../src/domain/kinds/person';
import { newPlace } from '../../src/domain/kinds/place';
import type { Meeting } from '../../src/domain/kinds/meeting';
import { MeetingPack } from '../../src/features/pack/MeetingPack';
import { useUi } from '../../src/state/uiStore';
import { resetStores } from './componentHelpers';

const B = 'board-1';
const NOW = new Date('2026-11-21T10:00:00');
const NOTE = 'Recorded associations are information with sources, not findings of fact.';
const stamp = '2026-11-01T09:00:00.000Z';

function meeting(id: string, date: string, fields: Partial<Meeting> = {}): Meeting {
  return {
    id,
    boardId: B,
    createdAt: stamp,
    updatedAt: stamp,
    date,
    attendees: [],
    agenda: [],
    decisions: [],
    status: 'ended',
    endedAt: stamp,
    notes: '',
    ...fields,
  };
}

function content(): BoardContent {
  const kyle = newPerson('p-kyle', B, {
    displayName: 'Kyle Brennan',
    fullName: 'Kyle Anthony Brennan',
    initials: 'KB',
  });
  const amira = newPerson('p-amira', B, { displayName: 'Amira Hussain', initials: 'AH' });
  return {
    board: newBoard(B, {
      title: 'Brookside review',
      purpose: 'Agree a plan for the young people around Brookside Parade.',
      owner: 'Chair',
      reviewDate: '2027-01-10',
      classification: 'OFFICIAL-SENSITIVE',
      namePolicy: 'full',
    }),
    people: [kyle, amira],
    associations: [],
    groups: [newGroup('g-1', B, { name: 'Brookside Parade group', colour: '#1f77b4' })],
    memberships: [],
    positions: [],
    annotations: [],
    places: [
      newPlace('pl-1', B, {
        name: 'Kestrel Park',
        kind: 'park',
        geometry: { type: 'Point', coordinates: [-1.5, 53.8] },
      }),
    ],
    placeLinks: [],
    incidents: [],
    actions: [
      newAction('a-1', B, {
        targetKind: 'person',
        targetId: 'p-kyle',
        description: "Offer parenting support to Kyle Brennan's mum",
        agency: "Children's social care",
        owner: 'Grace Okafor',
        dueDate: '2026-11-10',
        reviewDate: '2026-12-01',
        status: 'planned',
      }),
      newAction('a-2', B, {
        targetKind: 'place',
        targetId: 'pl-1',
        description: 'Warden patrols in Kestrel Park on weekday evenings',
        agency: 'Parks and open spaces',
        owner: 'Nadia Farouk',
        dueDate: '2026-10-20',
        status: 'done',
        outcome: 'Patrols started; fewer fights by the skate ramp.',
      }),
    ],
    meetings: [
      meeting('m-old', '2026-09-01', {
        attendees: [{ name: 'Old Attendee', agency: 'Police' }],
      }),
      meeting('m-new', '2026-11-20', {
        attendees: [
          { name: 'Grace Okafor', agency: "Children's social care" },
          { name: 'Dana Whitlock', agency: 'Youth offending service' },
          { name: 'Sam Prideaux', agency: "Children's social care" },
        ],
        agenda: [
          { kind: 'group', id: 'g-1', view: null },
          { kind: 'person', id: 'p-kyle', view: null },
        ],
        decisions: [
          {
            id: 'd-1',
            itemKind: 'person',
            itemId: 'p-kyle',
            text: 'Kyle Brennan to be offered a mentor',
            at: '2026-11-20T10:30:00.000Z',
          },
          {
            id: 'd-2',
            itemKind: 'board',
            itemId: B,
            text: 'Meet again in six weeks',
            at: '2026-11-20T11:00:00.000Z',
          },
        ],
      }),
    ],
    quarantined: [],
    missingEnds: { associations: 0, memberships: 0, placeLinks: 0 },
  };
}

const pack = () => screen.getByRole('article', { name: 'Meeting pack' });
const section = (name: string) => screen.getByRole('region', { name });

/** The SVG document behind an image of the pack, as the browser would draw and print it. */
function svgOf(img: HTMLElement): string {
  const src = img.getAttribute('src') ?? '';
  expect(src.startsWith('data:image/svg+xml')).toBe(true);
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

beforeEach(() => resetStores());
afterEach(() => resetStores());

describe('MeetingPack', () => {
  it('lists every action with its target, owner, dates and status, overdue in words', () => {
    render(<MeetingPack content={content()} meetingId={null} now={NOW} />);
    const rows = within(section('Action log')).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      [
        'Place: Kestrel Park',
        'Warden patrols in Kestrel Park on weekday evenings',
        'Parks and open spaces',
        'Nadia Farouk',
        '20 Oct 2026',
        'None set',
        'Done',
        'Patrols started; fewer fights by the skate ramp.',
      ],
      [
        'Person: Kyle Brennan',
        "Offer parenting support to Kyle Brennan's mum",
        "Children's social care",
        'Grace Okafor',
        '10 Nov 2026',
        '1 Dec 2026',
        'Planned: overdue',
        '',
      ],
    ]);
  });

  it('prints the latest meeting: attendees by agency and decisions under their agenda item', () => {
    render(<MeetingPack content={content()} meetingId={null} now={NOW} />);
    expect(within(pack()).getByText('20 Nov 2026')).toBeInTheDocument();
    const attendees = section('Attendees');
    expect(within(attendees).getByText("Children's social care").nextSibling).toHaveTextContent(
      'Grace Okafor, Sam Prideaux',
    );
    expect(within(attendees).getByText('Youth offending service')).toBeInTheDocument();
    expect(within(attendees).queryByText(/Old Attendee/)).not.toBeInTheDocument();
    const decisions = section('Decisions by agenda item');
    const headings = within(decisions).getAllByRole('heading', { level: 3 });
    // The group was on the agenda but decided nothing: only items with decisions are printed.
    expect(headings.map((h) => h.textContent)).toEqual(['Person: Kyle Brennan', 'The whole board']);
    expect(headings[0]?.nextElementSibling).toHaveTextContent(
      'Kyle Brennan to be offered a mentor',
    );
  });

  it('prints a chosen earlier meeting instead when the address names it', () => {
    render(<MeetingPack content={content()} meetingId="m-old" now={NOW} />);
    expect(within(section('Attendees')).getByText('Old Attendee')).toBeInTheDocument();
    expect(within(pack()).getByText('1 Sept 2026')).toBeInTheDocument();
  });

  it('carries the note on recorded associations and the marking for every printed page', () => {
    render(<MeetingPack content={content()} meetingId={null} now={NOW} />);
    expect(within(pack()).getAllByText(NOTE).length).toBeGreaterThan(0);
    expect(document.documentElement.style.getPropertyValue('--pp-print-marking')).toBe(
      '"OFFICIAL-SENSITIVE"',
    );
    expect(within(pack()).getAllByText('OFFICIAL-SENSITIVE')).toHaveLength(2);
  });

  it('is marked ready once both pictures have loaded, with the network and the places drawn', () => {
    render(<MeetingPack content={content()} meetingId={null} now={NOW} />);
    const network = screen.getByRole('img', { name: /network diagram/ });
    const map = screen.getByRole('img', { name: /places/ });
    expect(svgOf(network)).toContain('Kyle Brennan');
    expect(svgOf(map)).toContain('Kestrel Park');
    expect(pack()).not.toHaveAttribute('data-pack-ready');
    fireEvent.load(network);
    expect(pack()).not.toHaveAttribute('data-pack-ready');
    fireEvent.load(map);
    expect(pack()).toHaveAttribute('data-pack-ready', 'true');
  });

  it('under presenter-safe never shows a full name, in the text or in the pictures', () => {
    useUi.setState({ presenterSafe: true });
    const { container } = render(<MeetingPack content={content()} meetingId={null} now={NOW} />);
    const text = container.textContent ?? '';
    const pictures = screen.getAllByRole('img').map(svgOf).join('\n');
    for (const name of ['Kyle Brennan', 'Kyle Anthony Brennan', 'Amira Hussain']) {
      expect(text).not.toContain(name);
      expect(pictures).not.toContain(name);
    }
    expect(within(section('Action log')).getByText('Person: KB')).toBeInTheDocument();
    expect(
      within(section('Action log')).getByText("Offer parenting support to KB's mum"),
    ).toBeInTheDocument();
    expect(within(pack()).getByText('Initials (presenter-safe)')).toBeInTheDocument();
  });
});
