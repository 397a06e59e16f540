import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoardContent } from '../../src/db/queries';
import { ExportMenu } from '../../src/features/export';
import { useStatus } from '../../src/state/statusStore';
import { useUi } from '../../src/state/uiStore';
import { smallSource } from '../unit/exportHelpers';
import { installDialogPolyfill, resetStores } from './componentHelpers';

const saved = vi.hoisted(() => [] as { name: string; blob: Blob }[]);
vi.mock('../../src/ui/download', () => ({
  download: (blob: Blob, name: string) => saved.push({ name, blob }),
}));

function content(): BoardContent {
  const { board, tables } = smallSource();
  return {
    board,
    ...tables,
    people: [...tables.people],
    associations: [...tables.associations],
    groups: [...tables.groups],
    memberships: [...tables.memberships],
    positions: [...tables.positions],
    places: [...tables.places],
    placeLinks: [...tables.placeLinks],
    incidents: [...tables.incidents],
    actions: [...tables.actions],
    annotations: [],
    meetings: [],
    quarantined: [],
    missingEnds: { associations: 0, memberships: 0, placeLinks: 0 },
  };
}

async function choose(item: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Export' }));
  const menu = screen.getByRole('menu', { name: 'Export the board as' });
  await user.click(within(menu).getByRole('menuitem', { name: item }));
  return user;
}

/** The dialog once its form has loaded. */
async function dialog(name: string) {
  const d = await screen.findByRole('dialog', { name });
  await within(d).findByRole('button', { name: /^Save files?$/ });
  return d;
}

const lastNotice = () => useStatus.getState().notices.at(-1)?.text;

beforeEach(() => {
  installDialogPolyfill();
  resetStores();
  saved.length = 0;
});

describe('the Export menu', () => {
  it('lists the data formats beside the images, and a board file when it is wired', async () => {
    const boardFile = vi.fn();
    const { unmount } = render(<ExportMenu content={content()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const names = () =>
      within(screen.getByRole('menu', { name: 'Export the board as' }))
        .getAllByRole('menuitem')
        .map((i) => i.textContent);
    expect(names()).toEqual([
      'PNG image',
      'SVG image',
      'GraphML network…',
      'GEXF network…',
      'GeoJSON map…',
      'CSV tables…',
    ]);
    unmount();
    render(<ExportMenu content={content()} boardFile={boardFile} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(names().at(-1)).toBe('Board file…');
    await user.click(screen.getByRole('menuitem', { name: 'Board file…' }));
    expect(boardFile).toHaveBeenCalledOnce();
  });

  it('saves GraphML after its dialog, not redacted under a full-names policy', async () => {
    render(<ExportMenu content={content()} />);
    const user = await choose('GraphML network…');
    const d = await dialog('Export GraphML network');
    const edges = within(d).getByRole('group', { name: 'Associations' });
    expect(within(edges).getByRole('radio', { name: /^Every association one way/ })).toBeChecked();
    const names = within(d).getByRole('group', { name: 'Names and notes' });
    expect(within(names).getByRole('radio', { name: 'Not redacted' })).toBeChecked();
    expect(
      within(names).getByRole('radio', { name: /presenter-safe names \(initials\)/ }),
    ).toHaveAccessibleDescription('No full names; free-text notes left out.');
    await user.click(within(d).getByRole('button', { name: 'Save file' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^Harrowfield test & board \d{4}-\d{2}-\d{2}\.graphml$/);
    const text = await saved[0]!.blob.text();
    expect(text).toContain('<graphml');
    expect(text).toContain('Jordan Michael Ade-Smith');
    expect(lastNotice()).toBe('Exported the network as GraphML, not redacted.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('redacts by default under presenter-safe, and saves each CSV table chosen', async () => {
    useUi.setState({ presenterSafe: true });
    render(<ExportMenu content={content()} />);
    const user = await choose('CSV tables…');
    const d = await dialog('Export CSV tables');
    expect(
      within(d).getByRole('radio', { name: 'Redacted: presenter-safe names (initials)' }),
    ).toBeChecked();
    await user.click(within(d).getByRole('checkbox', { name: 'Places (3)' }));
    await user.click(within(d).getByRole('checkbox', { name: 'Actions (1)' }));
    await user.click(within(d).getByRole('button', { name: 'Save files' }));
    await waitFor(() => expect(saved).toHaveLength(3));
    expect(saved.map((f) => f.name.replace(/^.* \d{4}-\d{2}-\d{2} /, ''))).toEqual([
      'people (redacted).csv',
      'associations (redacted).csv',
      'incidents (redacted).csv',
    ]);
    for (const f of saved) expect(await f.blob.text()).not.toContain('Jordan');
    expect(lastNotice()).toBe(
      'Exported CSV tables (people, associations, incidents), redacted: initials, presenter-safe.',
    );
  });

  it('warns before a file with full names leaves a presenter-safe screen', async () => {
    useUi.setState({ presenterSafe: true });
    render(<ExportMenu content={content()} />);
    const user = await choose('GEXF network…');
    const d = await dialog('Export GEXF network');
    expect(within(d).queryByText(/this file will hold full names/)).toBeNull();
    await user.click(within(d).getByRole('radio', { name: 'Not redacted' }));
    expect(
      within(d).getByText('Presenter-safe is on, but this file will hold full names and notes.'),
    ).toBeVisible();
  });

  it('asks for a table when none is ticked, and saves nothing', async () => {
    render(<ExportMenu content={content()} />);
    const user = await choose('CSV tables…');
    const d = await dialog('Export CSV tables');
    for (const box of within(d).getAllByRole('checkbox')) await user.click(box);
    await user.click(within(d).getByRole('button', { name: 'Save file' }));
    expect(within(d).getByRole('alert')).toHaveTextContent('Pick at least one table.');
    expect(saved).toHaveLength(0);
  });

  it('says before saving GeoJSON that places on a floor plan are left out, and after', async () => {
    render(<ExportMenu content={content()} />);
    const user = await choose('GeoJSON map…');
    const d = await dialog('Export GeoJSON map');
    expect(d).toHaveTextContent(
      '1 place is drawn on an image or floor plan and will be left out: its position is image pixels, not longitude and latitude.',
    );
    await user.click(within(d).getByRole('button', { name: 'Save file' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/\.geojson$/);
    expect(lastNotice()).toBe(
      'Exported places and incidents as GeoJSON, not redacted. Left out: 1 place and 1 incident drawn on an image or floor plan: their positions are image pixels, not longitude and latitude.',
    );
  });
});
