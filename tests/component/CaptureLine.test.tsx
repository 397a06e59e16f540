import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { undoIn } from '../../src/features/history';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { useBoardContent, type BoardContent } from '../../src/db/queries';
import { CaptureLineHost } from '../../src/features/capture';
import { useCaptureLine } from '../../src/features/capture/captureLineStore';
import { useNames } from '../../src/features/names';
import { Notices } from '../../src/ui/Notices';
import { boardWithPeople, dumpBoard } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { resetStores } from './componentHelpers';

let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam');
  useCaptureLine.setState({ open: true, placing: null });
  await boardWithPeople('b1', ['Leon', 'Jay', 'Sami']);
});

function Line({ content }: { content: BoardContent }) {
  const names = useNames(content);
  return (
    <div>
      <Notices onUndo={(s) => void undoIn(s)} />
      <CaptureLineHost content={content} names={names} handleRef={{ current: null }} />
    </div>
  );
}

function Harness() {
  const content = useBoardContent('b1');
  return content ? <Line content={content} /> : <p>Opening board…</p>;
}

async function openLine() {
  const user = userEvent.setup();
  render(<Harness />);
  const box = await screen.findByRole('combobox', { name: 'Capture' });
  await waitFor(() => expect(box).toHaveFocus());
  return { user, box };
}

const associations = () => d.associations.where('boardId').equals('b1').toArray();

describe('the capture line', () => {
  it('offers names on the board as you type, taken with the arrows and Enter or Tab', async () => {
    const { user, box } = await openLine();
    await user.type(box, 'Leon - J');
    const list = screen.getByRole('listbox', { name: 'Names on the board' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Jay person']);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(within(list).getByRole('option', { name: /Jay/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(box).toHaveValue('Leon - Jay ');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, ', Sa');
    await user.keyboard('{Tab}');
    expect(box).toHaveValue('Leon - Jay , Sami ');
    expect(box).toHaveFocus();
  });

  it('records a line on Enter, says it back with Undo, and stays open for the next', async () => {
    const { user, box } = await openLine();
    await user.type(box, 'Leon - Jay, Sami friends{Enter}');
    expect(
      await screen.findByText('Friendship between Leon and Jay; between Leon and Sami.'),
    ).toBeInTheDocument();
    expect(await associations()).toHaveLength(2);
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    await user.type(box, 'Leon > Kira exploitation reported police{Enter}');
    expect(
      await screen.findByText(
        'Exploitation from Leon to Kira (reported, source Police). New person Kira.',
      ),
    ).toBeInTheDocument();
    // One sentence at a time: the last line's replaces the one before.
    expect(
      screen.queryByText('Friendship between Leon and Jay; between Leon and Sami.'),
    ).toBeNull();
    // Ctrl+Z in the empty box takes back only the last line.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(await associations()).toHaveLength(2));
    expect(screen.queryByText(/^Exploitation from Leon to Kira/)).toBeNull();
    expect((await d.people.toArray()).map((p) => p.displayName).sort()).toEqual([
      'Jay',
      'Leon',
      'Sami',
    ]);
  });

  it('shows what it did not understand, marked, and stores nothing', async () => {
    const { user, box } = await openLine();
    const before = await dumpBoard(d, 'b1');
    await user.type(box, 'Leon - Sami friends reportedd polise{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not recorded: Not understood: “reportedd”, “polise”.');
    expect([...alert.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'reportedd',
      'polise',
    ]);
    expect(box).toHaveValue('Leon - Sami friends reportedd polise');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(await dumpBoard(d, 'b1')).toEqual(before);
  });

  it('asks about a new name one slip from someone on the board; Enter again adds them', async () => {
    const { user, box } = await openLine();
    const before = await dumpBoard(d, 'b1');
    await user.type(box, 'Leom - Jay friends{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Not recorded: “Leom” is not on the board: did you mean Leon? Correct the line, or press ' +
        'Enter again to add “Leom” as someone new. Nothing was stored.',
    );
    expect([...alert.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Leom']);
    expect(await dumpBoard(d, 'b1')).toEqual(before);

    // Corrected: Leon is the one linked, and nobody new is made.
    await user.clear(box);
    await user.type(box, 'Leon - Jay friends{Enter}');
    expect(await screen.findByText('Friendship between Leon and Jay.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    // Meant: the same line twice adds the new person.
    await user.type(box, 'Sam - Jay friends{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('did you mean Sami?');
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText('Friendship between Sam and Jay. New person Sam.'),
    ).toBeInTheDocument();
    expect((await d.people.toArray()).map((p) => p.displayName).sort()).toEqual([
      'Jay',
      'Leon',
      'Sam',
      'Sami',
    ]);
  });

  it('keeps markup typed as a name as plain text', async () => {
    const { user, box } = await openLine();
    await user.type(box, 'Leon - <img src=x onerror=alert(1)> frends{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('<img src=x onerror=alert(1)> frends');
    expect(document.querySelector('img')).toBeNull();
  });

  it('closes on Escape, after first closing the list of names', async () => {
    const { user, box } = await openLine();
    await user.type(box, 'Le');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox', { name: 'Capture' })).toBeNull();
    expect(useCaptureLine.getState().open).toBe(false);
  });
});
