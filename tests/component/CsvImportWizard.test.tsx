import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { undo } from '../../src/commands/bus';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { useBoardContent } from '../../src/db/queries';
import { inlineJob } from '../../src/features/import/csvJob';
import CsvImportWizard from '../../src/features/import/CsvImportWizard';
import { useStatus } from '../../src/state/statusStore';
import { useUi } from '../../src/state/uiStore';
import { boardWithPeople, dumpBoard } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { resetStores } from './componentHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea']);
});
afterEach(() => d.close());

/** The wizard over the live board, reading files on the page's thread (jsdom has no workers). */
function Harness({ onClose }: { onClose: () => void }) {
  const content = useBoardContent('b1');
  if (!content) return <p>Opening board…</p>;
  return <CsvImportWizard content={content} onClose={onClose} makeJob={inlineJob} />;
}

const fileOf = (path: string, name = path.split('/').pop()!) =>
  new File([readFileSync(path)], name, { type: 'text/csv' });

async function openWith(file: File, kind = 'People') {
  const user = userEvent.setup();
  const onClose = vi.fn();
  const { unmount } = render(<Harness onClose={onClose} />);
  await user.click(await screen.findByRole('radio', { name: kind }));
  await user.upload(screen.getByLabelText('CSV file'), file);
  await screen.findByRole('heading', { name: 'Match the columns' });
  return { user, onClose, unmount };
}

const next = async (user: ReturnType<typeof userEvent.setup>, heading: string) => {
  await user.click(screen.getByRole('button', { name: /^Next: / }));
  await screen.findByRole('heading', { name: heading });
};

describe('CsvImportWizard', () => {
  it('reads a case system’s file, lets each column and value be changed, and imports in one step', async () => {
    const { user, onClose } = await openWith(
      fileOf('fixtures/import/harrowfield-cohort-people.csv'),
    );
    expect(
      screen.getByText(/8 rows, read as Windows-1252, cells separated by semicolons/),
    ).toBeVisible();
    const risk = screen.getByRole('combobox', { name: 'Field for column Risk' });
    expect(risk).toHaveValue('riskLevel');
    expect(screen.getByRole('combobox', { name: 'Field for column D.O.B.' })).toHaveValue(
      'dateOfBirth',
    );
    // Leave the notes out.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Field for column Notes' }), '');

    await next(user, 'Match the values');
    const values = screen.getByRole('region', { name: 'Values for Risk level' });
    expect(within(values).getByRole('combobox', { name: 'Risk level for “High”' })).toHaveValue(
      'significant',
    );
    expect(within(values).getByRole('combobox', { name: 'Risk level for “Med”' })).toHaveValue(
      'moderate',
    );
    // The chair grades "Low" as no risk at all, not emerging.
    await user.selectOptions(
      within(values).getByRole('combobox', { name: 'Risk level for “Low”' }),
      'none',
    );

    await next(user, 'Check the rows');
    expect(await screen.findByText('8 of 8 rows can be imported.')).toBeVisible();
    const preview = screen.getByRole('table', {
      name: /The first 8 people as they will be stored/,
    });
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent(
      /Zoë Adeyemi.*14 Feb 2010.*Significant/,
    );
    expect(within(preview).queryByRole('columnheader', { name: 'Notes' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Import 8 people' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const people = await d.people.where('boardId').equals('b1').toArray();
    expect(people).toHaveLength(10);
    expect(people.find((p) => p.displayName === "Niamh O'Rourke")).toMatchObject({
      riskLevel: 'none',
      notes: '',
    });
    expect(useStatus.getState().notices.at(-1)).toMatchObject({
      text: 'Imported 8 people from “harrowfield-cohort-people.csv”.',
      undoScope: 'b1',
    });
    await undo('b1');
    expect(await d.people.where('boardId').equals('b1').count()).toBe(2);
  });

  it('will not go on until a name column is chosen, and lists every row left out', async () => {
    const { user } = await openWith(fileOf('tests/fixtures/hostile/csv-impossible-dates.csv'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Field for column Name' }), '');
    expect(screen.getByRole('list', { name: 'Still to choose' })).toHaveTextContent(
      'Choose a column for “Name shown” (or for “Full name”).',
    );
    expect(screen.getByRole('button', { name: 'Next: match the values' })).toBeDisabled();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Field for column Name' }),
      'displayName',
    );
    await next(user, 'Match the values');
    expect(screen.getByText(/nothing to match/)).toBeVisible();
    await next(user, 'Check the rows');
    const problems = await screen.findByRole('region', {
      name: 'Problems in csv-impossible-dates.csv',
    });
    expect(within(problems).getByRole('heading')).toHaveTextContent(
      '5 rows of “csv-impossible-dates.csv” have problems and will be left out',
    );
    expect(within(problems).getAllByRole('listitem')[1]).toHaveTextContent(
      'Line 3, column “DOB”: “31/13/2020” is not a real date: there is no month 13',
    );
    expect(screen.getByRole('button', { name: 'Import 1 person' })).toBeEnabled();
  });

  it('shows HTML from the file as text, never as markup', async () => {
    const { user } = await openWith(fileOf('tests/fixtures/hostile/csv-html.csv'));
    await next(user, 'Match the values');
    await next(user, 'Check the rows');
    const preview = await screen.findByRole('table', { name: /as they will be stored/ });
    expect(within(preview).getByText('<script>window.__pwned = 1</script>')).toBeVisible();
    expect(preview.querySelector('script, img, b')).toBeNull();
  });

  it('under presenter-safe, warns that the wizard shows the file as it is', async () => {
    useUi.setState({ presenterSafe: true });
    render(<Harness onClose={() => undefined} />);
    expect(
      await screen.findByText(/Presenter-safe is on, but this wizard shows the file as it is/),
    ).toBeVisible();
  });

  it('refuses a file that is not CSV with a message naming it; nothing is stored', async () => {
    const before = await dumpBoard(d, 'b1', { includeLog: true });
    const user = userEvent.setup();
    render(<Harness onClose={() => undefined} />);
    await user.upload(
      await screen.findByLabelText('CSV file'),
      fileOf('tests/fixtures/hostile/csv-binary.csv'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^“csv-binary\.csv” is not a CSV file/,
    );
    expect(screen.getByRole('heading', { name: 'Choose the file' })).toBeVisible();
    expect(await dumpBoard(d, 'b1', { includeLog: true })).toEqual(before);
  });

  it('offers merge, skip or add as new for each likely duplicate, and one choice for them all', async () => {
    const cohort = () => fileOf('fixtures/import/harrowfield-cohort-people.csv');
    const first = await openWith(cohort());
    await next(first.user, 'Match the values');
    await next(first.user, 'Check the rows');
    await first.user.click(await screen.findByRole('button', { name: 'Import 8 people' }));
    await waitFor(() => expect(first.onClose).toHaveBeenCalled());
    const zoe = (await d.people.where('boardId').equals('b1').toArray()).find(
      (p) => p.reference === 'HF-2041',
    )!;
    await d.people.update(zoe.id, { riskLevel: 'none' });
    first.unmount();

    // The same file again: every row is a likely duplicate, by its case reference.
    const { user } = await openWith(cohort());
    await next(user, 'Match the values');
    await next(user, 'Check the rows');
    expect(await screen.findByText('8 of 8 rows can be imported.')).toBeVisible();
    await next(user, 'Likely duplicates');
    const list = screen.getByRole('region', { name: 'Likely duplicates' });
    expect(list).toHaveTextContent('8 rows look like records already on this board.');
    expect(list).toHaveTextContent(
      'Line 2: “Zoë Adeyemi” is like Zoë Adeyemi on the board (same case reference)',
    );
    await user.selectOptions(within(list).getByRole('combobox', { name: 'For every row' }), 'new');
    await user.click(within(list).getByRole('button', { name: 'Apply to all' }));
    await user.selectOptions(
      within(list).getByRole('combobox', { name: 'What to do with line 2' }),
      'merge',
    );
    await user.selectOptions(
      within(list).getByRole('combobox', { name: 'What to do with line 3' }),
      'skip',
    );
    await user.click(screen.getByRole('button', { name: 'Import 6 people and merge 1' }));
    await waitFor(async () =>
      expect(await d.people.where('boardId').equals('b1').count()).toBe(16),
    );
    expect(await d.people.get(zoe.id)).toMatchObject({ riskLevel: 'significant' });
  });
});
