import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildAgenda, type AgendaItem } from '../../src/domain/agenda';
import { newPerson } from '../../src/domain/kinds/person';
import { AgendaEditor } from '../../src/features/meeting/AgendaEditor';
import { sampleGroup, samplePlace } from '../unit/sampleRecords';

const B = 'b1';
const people = [
  newPerson('ali', B, { displayName: 'Ali', riskLevel: 'emerging' }),
  newPerson('bea', B, { displayName: 'Bea', riskLevel: 'significant' }),
  newPerson('cal', B, { displayName: 'Cal', kind: 'adult-of-concern', riskLevel: 'significant' }),
  newPerson('dev', B, { displayName: 'Dev', kind: 'professional' }),
];
const names = new Map<string, string>([
  ...people.map((p) => [p.id, p.displayName] as const),
  ['g1', 'Park lot'],
  ['park', 'Rec ground'],
]);
const labelOf = (i: AgendaItem) => names.get(i.id) ?? i.id;

function Harness({ start, missing = [] }: { start: AgendaItem[]; missing?: AgendaItem[] }) {
  const [agenda, setAgenda] = useState(start);
  const [said, setSaid] = useState('');
  const [current, setCurrent] = useState(0);
  return (
    <>
      <AgendaEditor
        agenda={agenda}
        missing={missing.filter((m) => !agenda.some((a) => a.id === m.id))}
        labelOf={labelOf}
        current={current}
        onGo={setCurrent}
        onChange={(next, label) => {
          setAgenda(next);
          setSaid(label);
        }}
      />
      <p data-testid="said">{said}</p>
    </>
  );
}

const order = () =>
  within(screen.getByRole('region', { name: 'Agenda' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.agenda-label')?.textContent);

describe('the agenda', () => {
  it('is built as groups, then young people by risk, then adults of concern, then places', () => {
    const agenda = buildAgenda({
      groups: [sampleGroup('g1', B)],
      people,
      places: [samplePlace('park', B)],
    });
    expect(agenda.map(labelOf)).toEqual(['Park lot', 'Bea', 'Ali', 'Cal', 'Rec ground']);
  });

  it('is reordered from the keyboard, and the keyboard stays on the item moved', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        start={['ali', 'bea', 'cal'].map((id) => ({ kind: 'person' as const, id, view: null }))}
      />,
    );
    expect(screen.getByRole('button', { name: 'Move Ali up' })).toBeDisabled();
    screen.getByRole('button', { name: 'Move Cal up' }).focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Ali', 'Cal', 'Bea']);
    expect(screen.getByTestId('said')).toHaveTextContent('Move Cal up the agenda');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Cal up' })),
    );
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Cal', 'Ali', 'Bea']);
    // At the top, "up" is disabled: the keyboard moves to the item's "down" button.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Cal down' })),
    );
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Ali', 'Cal', 'Bea']);
  });

  it('goes straight to an item picked by its name', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        start={['ali', 'bea', 'cal'].map((id) => ({ kind: 'person' as const, id, view: null }))}
      />,
    );
    const cal = screen.getByRole('button', { name: 'Cal' });
    expect(cal).not.toHaveAttribute('aria-current');
    await user.click(cal);
    expect(screen.getByRole('button', { name: 'Cal' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('button', { name: 'Ali' })).not.toHaveAttribute('aria-current');
  });

  it('removes an item and adds it back', async () => {
    const user = userEvent.setup();
    const items = ['ali', 'bea'].map((id) => ({ kind: 'person' as const, id, view: null }));
    render(<Harness start={items} missing={items} />);
    await user.click(screen.getByRole('button', { name: 'Remove Ali from the agenda' }));
    expect(order()).toEqual(['Bea']);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Item to add to the agenda' }),
      'person:ali',
    );
    await user.click(screen.getByRole('button', { name: 'Add to agenda' }));
    expect(order()).toEqual(['Bea', 'Ali']);
  });
});
