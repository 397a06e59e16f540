import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { useBoardContent } from '../../src/db/queries';
import { KeptTextDialog } from '../../src/features/records/KeptTextDialog';
import { SidePanel } from '../../src/features/board/SidePanel';
import { useStatus } from '../../src/state/statusStore';
import { keepTypedText, typedTextOf } from '../../src/state/typedText';
import { EditableField } from '../../src/ui/EditableField';
import { saveTypingOnHide } from '../../src/ui/pendingSaves';
import { freshDb } from '../unit/dbHelpers';
import { openOtherTab, type OtherTab } from '../unit/otherTabHelpers';
import { boardWithPeople, getPerson } from '../unit/busHelpers';
import { installDialogPolyfill, resetStores, selectPeople } from './componentHelpers';

let d: PeersDb;
let other: OtherTab;

beforeEach(async () => {
  installDialogPolyfill();
  d = await freshDb();
  resetStores();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea']);
  other = await openOtherTab(d.name, { channel: true });
});

afterEach(() => {
  other.close();
  vi.useRealTimers();
});

function Board() {
  const content = useBoardContent('b1');
  if (!content) return <p>Opening board…</p>;
  return (
    <>
      <SidePanel content={content} />
      <KeptTextDialog content={content} />
    </>
  );
}

/** Notes typed on Bea (p2), over empty notes, and not yet saved when the page went. */
const beaNotesTypedBeforeReload = {
  boardId: 'b1',
  table: 'people',
  id: 'p2',
  field: 'notes',
  label: 'Notes',
  text: 'Lives with her aunt',
  base: '',
  value: 'Lives with her aunt',
};

const notesOf = async (id: string) => (await getPerson(d, id)).notes;

describe('text typed in a panel field', () => {
  it('is saved at once when the tab is hidden, without waiting for the pause in typing', async () => {
    saveTypingOnHide();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const commit = vi.fn(() => Promise.resolve(null));
    render(<EditableField label="Notes" control="textarea" value="" commit={commit} />);

    fireEvent.change(screen.getByRole('textbox', { name: 'Notes' }), {
      target: { value: 'Seen at the park' },
    });
    expect(commit).not.toHaveBeenCalled();

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    // The typing-pause timer is faked and never advanced: only the flush can save the text.
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
    });

    expect(commit).toHaveBeenCalledWith('Seen at the park');
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it('is kept in the tab while unsaved and let go once saved and the field is left', async () => {
    const user = userEvent.setup();
    selectPeople('p1');
    render(<Board />);
    const panel = await screen.findByRole('region', { name: 'Details of Ali' });
    const notes = within(panel).getByRole('textbox', { name: 'Notes' });

    await user.type(notes, 'Walks home via the park');
    expect(typedTextOf('b1')).toMatchObject([
      { table: 'people', id: 'p1', field: 'notes', text: 'Walks home via the park' },
    ]);
    await waitFor(async () => expect(await notesOf('p1')).toBe('Walks home via the park'));
    await user.tab();
    await waitFor(() => expect(typedTextOf('b1')).toEqual([]));
  });

  it('is handed back to copy when another tab deletes the person being edited', async () => {
    const user = userEvent.setup();
    selectPeople('p1');
    render(<Board />);
    const panel = await screen.findByRole('region', { name: 'Details of Ali' });
    await user.type(within(panel).getByRole('textbox', { name: 'Notes' }), 'Met Bea at the shop');

    await other.write([{ table: 'people', id: 'p1', after: null }], 'Delete Ali');

    const dialog = await screen.findByRole('dialog', { name: 'Text that was not saved' });
    expect(dialog).toHaveTextContent('The person you were editing has been deleted.');
    expect(within(dialog).getByRole('textbox', { name: 'What you typed in Notes' })).toHaveValue(
      'Met Bea at the shop',
    );
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Copy Notes' }));
    expect(writeText).toHaveBeenCalledWith('Met Bea at the shop');
    expect(within(dialog).getByRole('button', { name: 'Copied Notes' })).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog', { name: 'Text that was not saved' })).toBeNull();
    expect(typedTextOf('b1')).toEqual([]);
    expect(await d.people.get('p1')).toBeUndefined();
  });

  it('typed before a reload is saved when the board opens again, if the field is unchanged', async () => {
    keepTypedText(beaNotesTypedBeforeReload);

    render(<Board />);

    await waitFor(async () => expect(await notesOf('p2')).toBe('Lives with her aunt'));
    await waitFor(() => expect(typedTextOf('b1')).toEqual([]));
    expect(useStatus.getState().notices.map((n) => n.text)).toContain(
      'Saved what you typed in Notes before the page was closed.',
    );
    expect(screen.queryByRole('dialog', { name: 'Text that was not saved' })).toBeNull();
  });

  it('typed before a reload is handed back, not saved over, when the field changed since', async () => {
    const bea = await getPerson(d, 'p2');
    await d.people.put({ ...bea, notes: 'Moved school in May' });
    keepTypedText(beaNotesTypedBeforeReload);

    render(<Board />);

    const dialog = await screen.findByRole('dialog', { name: 'Text that was not saved' });
    expect(dialog).toHaveTextContent('Notes of this person was changed elsewhere');
    expect(within(dialog).getByRole('textbox', { name: 'What you typed in Notes' })).toHaveValue(
      'Lives with her aunt',
    );
    expect(await notesOf('p2')).toBe('Moved school in May');
    await act(async () => {
      within(dialog).getByRole('button', { name: 'Done' }).click();
      await Promise.resolve();
    });
    expect(typedTextOf('b1')).toEqual([]);
  });

  it('refused before a reload (the field showed why) is let go when the board opens, not handed back', async () => {
    // Text the field refused has no value: stored entries leave it out (JSON drops undefined).
    const { value: _refused, ...typed } = beaNotesTypedBeforeReload;
    keepTypedText({ ...typed, field: 'age', label: 'Age', text: 'abc', base: null });
    const before = await getPerson(d, 'p2');

    render(<Board />);

    await waitFor(() => expect(typedTextOf('b1')).toEqual([]));
    expect(screen.queryByRole('dialog', { name: 'Text that was not saved' })).toBeNull();
    expect(await getPerson(d, 'p2')).toEqual(before);
  });
});
