import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/commands/bus';
import { emptyContexts, type Contexts } from '../../src/domain/records/contexts';
import { ContextsSection } from '../../src/features/people/ContextsSection';

/** The section over a stored value kept in state, as the panel keeps it in the database. */
function Harness({ initial }: { initial: Contexts }) {
  const [contexts, setContexts] = useState(initial);
  const edit = (apply: (c: Contexts) => Contexts): Promise<RunResult> => {
    setContexts((c) => apply(c));
    return Promise.resolve({ ok: true } as RunResult);
  };
  return <ContextsSection contexts={contexts} edit={edit} onEndEdit={() => undefined} />;
}

const ranking = () => screen.getByRole('status');

describe('ContextsSection', () => {
  it('says nothing must change first until a context is weighted', () => {
    render(<Harness initial={emptyContexts()} />);
    expect(ranking()).toHaveTextContent(/^No context weighted yet/);
    expect(screen.queryByRole('list', { name: 'Order of change' })).toBeNull();
  });

  it('puts the ranking in plain words as weights are set, and shows the order', async () => {
    const user = userEvent.setup();
    render(<Harness initial={emptyContexts()} />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'School / education: weight' }),
      '3',
    );
    await waitFor(() => expect(ranking()).toHaveTextContent('Change first: School / education'));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Peer group: weight' }),
      '5 (change first)',
    );
    await waitFor(() =>
      expect(ranking()).toHaveTextContent('PChange first: Peer group, then School / education'),
    );
    const order = screen.getByRole('list', { name: 'Order of change' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Peer group (weight 5)', 'School / education (weight 3)']);
  });

  it('calls a tie a tie, and the badge shows it', async () => {
    const user = userEvent.setup();
    const initial = emptyContexts();
    initial.home.weight = 4;
    render(<Harness initial={initial} />);
    expect(ranking()).toHaveTextContent('HChange first: Home / family');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Online: weight' }), '4');
    await waitFor(() =>
      expect(ranking()).toHaveTextContent('=Change first: Home / family and Online (equal)'),
    );
  });

  it('lowering a weight back to 0 takes the context out of the ranking', async () => {
    const user = userEvent.setup();
    const initial = emptyContexts();
    initial.peer.weight = 5;
    initial.online.weight = 2;
    render(<Harness initial={initial} />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Peer group: weight' }),
      '0 (not a priority)',
    );
    await waitFor(() => expect(ranking()).toHaveTextContent('OChange first: Online'));
    expect(ranking()).not.toHaveTextContent('Peer group');
  });
});
