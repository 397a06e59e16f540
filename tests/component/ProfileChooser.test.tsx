import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { newBoard } from '../../src/domain/kinds/board';
import ProfileChooser from '../../src/features/profile/ProfileChooser';
import { installDialogPolyfill } from './componentHelpers';

const board = (id: string, title: string, archived = false) => ({
  ...newBoard(id, {
    title,
    purpose: '',
    owner: 'Chair',
    reviewDate: '2027-01-10',
    classification: 'OFFICIAL',
    namePolicy: 'full',
  }),
  archived,
});

beforeAll(installDialogPolyfill);

describe('choosing the boards of a problem profile', () => {
  it('names each board, marks archived ones, and opens the boards ticked, unnamed by default', () => {
    const onOpen = vi.fn();
    render(
      <ProfileChooser
        boards={[board('b 1', 'Brookside review'), board('b2', 'Old estate review', true)]}
        onClose={() => {}}
        onOpen={onOpen}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Problem profile' });
    const open = within(dialog).getByRole('button', { name: 'Open the profile' });
    expect(open).toBeDisabled();
    expect(
      within(dialog).getByRole('checkbox', { name: /Old estate review\s*\(archived\)/ }),
    ).toBeInTheDocument();
    const named = within(dialog).getByRole('checkbox', { name: 'Named internal version' });
    expect(named).not.toBeChecked();
    expect(named).toHaveAccessibleDescription(/names of young people appear/);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Brookside review' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Old estate review/ }));
    fireEvent.click(open);
    expect(onOpen).toHaveBeenCalledWith('boards=b%201,b2');
  });

  it('asks for the named version only when ticked', () => {
    const onOpen = vi.fn();
    render(
      <ProfileChooser
        boards={[board('b1', 'Brookside review')]}
        onClose={() => {}}
        onOpen={onOpen}
      />,
    );
    // One board: already chosen.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Named internal version' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open the profile' }));
    expect(onOpen).toHaveBeenCalledWith('boards=b1&named=1');
  });
});
