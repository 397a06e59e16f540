import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBoard } from '../../src/commands/boards/createBoard';
import { setUserName } from '../../src/commands/identity';
import { addPerson } from '../../src/commands/people/addPerson';
import type { PeersDb } from '../../src/db/database';
import { BoardFileHost } from '../../src/features/boardFile';
import { makeBoardFile } from '../../src/features/boardFile/saveFile';
import { BoardListPage } from '../../src/features/boards/BoardListPage';
import { Notices } from '../../src/ui/Notices';
import { useUi } from '../../src/state/uiStore';
import { freshDb } from '../unit/dbHelpers';
import { boardFields, mustRun } from '../unit/busHelpers';
import { installDialogPolyfill, resetStores } from './componentHelpers';

let d: PeersDb;
/** What each download was: the Blob handed to an object URL, and the name it was saved under. */
let downloads: { blob: Blob; name: string }[];

beforeAll(installDialogPolyfill);

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam Practitioner');
  downloads = [];
  let last: Blob | null = null;
  // jsdom has no object URLs and does not follow a download link: record what would be saved.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) downloads.push({ blob: last, name: this.download });
  });
});

afterEach(() => d.close());

async function renderApp() {
  const user = userEvent.setup();
  const view = render(
    <>
      <BoardListPage />
      <BoardFileHost />
      <Notices onUndo={() => undefined} />
    </>,
  );
  await waitFor(() => expect(screen.queryByText('Loading boards…')).not.toBeInTheDocument());
  return { user, ...view };
}

async function boardWithKai(): Promise<void> {
  await mustRun(createBoard('b1', boardFields));
  await mustRun(addPerson('b1', 'p1', { displayName: 'Kai Mercer' }, { x: 0, y: 0 }));
}

const fileInput = (container: HTMLElement) =>
  container.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('Save board to file', () => {
  it('asks for the passphrase twice, then saves a protected file under the board’s name', async () => {
    await boardWithKai();
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Save board to file: Town centre' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save “Town centre” to file' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Protect with a passphrase' }));
    await user.type(within(dialog).getByLabelText('Passphrase'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Save file' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Use at least 8 characters');
    await user.type(within(dialog).getByLabelText('Passphrase'), ' enough');
    await user.type(within(dialog).getByLabelText('Passphrase again'), 'short enougH');
    await user.click(within(dialog).getByRole('button', { name: 'Save file' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'The two passphrases are not the same',
    );
    expect(downloads).toHaveLength(0);

    await user.clear(within(dialog).getByLabelText('Passphrase again'));
    await user.type(within(dialog).getByLabelText('Passphrase again'), 'short enough');
    await user.click(within(dialog).getByRole('button', { name: 'Save file' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^Town centre \d{4}-\d{2}-\d{2}\.board\.json$/);
    const text = await downloads[0]!.blob.text();
    expect(text).not.toContain('Kai Mercer');
    expect(JSON.parse(text)).toMatchObject({ encryption: { iterations: 600000 } });
    expect(
      await screen.findByText(
        /Saved “Town centre” to “Town centre .*”\. It opens only with its passphrase\./,
      ),
    ).toBeInTheDocument();
  });

  it('says what a redacted file will say about itself', async () => {
    await boardWithKai();
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Save board to file: Town centre' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save “Town centre” to file' });
    await user.click(
      within(dialog).getByRole('radio', { name: /presenter-safe names \(initials\)/ }),
    );
    expect(dialog).toHaveTextContent(
      'The file will say: “Redacted: people are named by initials only',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save file' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const saved = JSON.parse(await downloads[0]!.blob.text()) as {
      redaction: string;
      boards: { tables: { people: { displayName: string; fullName: string }[] } }[];
    };
    expect(saved.redaction).toMatch(/^Redacted:/);
    expect(saved.boards[0]!.tables.people[0]).toMatchObject({ displayName: 'KM', fullName: '' });
  });
});

describe('Open board file', () => {
  it('opens a protected file once the passphrase is right, and adds the board', async () => {
    const { user, container } = await renderApp();
    const file = new File(
      [readFileSync(resolve(import.meta.dirname, '../fixtures/hostile/boardfile-protected.json'))],
      'boardfile-protected.json',
      { type: 'application/json' },
    );
    await user.upload(fileInput(container), file);
    const dialog = await screen.findByRole('dialog', { name: 'Open “boardfile-protected.json”' });
    await user.type(await within(dialog).findByLabelText('Passphrase'), 'wrong passphrase');
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(
      await within(dialog).findByText('That passphrase does not open this file.'),
    ).toBeInTheDocument();
    expect(await d.boards.count()).toBe(0);
    await user.clear(within(dialog).getByLabelText('Passphrase'));
    await user.type(within(dialog).getByLabelText('Passphrase'), 'Hostile fixture passphrase');
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(
      await screen.findByRole('listitem', { name: 'Hostile test board (fictional)' }),
    ).toBeInTheDocument();
    expect(await d.people.where('boardId').equals('hostile-board').count()).toBe(2);
  });

  it('refuses a file that is not a board file, saying where CSV files go, and stores nothing', async () => {
    await boardWithKai();
    const { user, container } = await renderApp();
    const people = await d.people.count();
    await user.upload(fileInput(container), new File(['name,age\nKai,15\n'], 'cohort.json'));
    const alert = await screen.findByRole('alertdialog', { name: '“cohort.json” was not opened' });
    expect(alert).toHaveTextContent('“cohort.json” is not a board file');
    expect(alert).toHaveTextContent('CSV files are imported with Import on a board');
    expect(alert).toHaveTextContent('Nothing on this device was changed.');
    expect(await d.people.count()).toBe(people);
  });

  it('shows a merge before it is made, naming people as presenter-safe allows', async () => {
    await boardWithKai();
    const made = await makeBoardFile('b1', { redaction: null, passphrase: null });
    const edited = JSON.parse(await made.blob.text()) as {
      boards: { tables: { people: Record<string, unknown>[] } }[];
    };
    Object.assign(edited.boards[0]!.tables.people[0]!, {
      displayName: 'Kai Mercer-Adebayo',
      initials: 'KMA',
      updatedAt: '2099-01-01T00:00:00.000Z',
    });
    useUi.setState({ presenterSafe: true });
    const { user, container } = await renderApp();
    await user.upload(fileInput(container), new File([JSON.stringify(edited)], 'town.board.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Open “town.board.json”' });
    expect(
      await within(dialog).findByText(/“Town centre” is already on this device\./),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Merge' }));
    expect(dialog).toHaveTextContent('People: 1 changed');
    expect(dialog).toHaveTextContent('People changed: KMA');
    expect(dialog).not.toHaveTextContent('Mercer');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(async () =>
      expect((await d.people.get('p1'))?.displayName).toBe('Kai Mercer-Adebayo'),
    );
    expect(
      screen.queryByRole('dialog', { name: 'Open “town.board.json”' }),
    ).not.toBeInTheDocument();
  });
});
