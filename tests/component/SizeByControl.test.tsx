import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BoardMeasures } from '../../src/domain/analysis/measures';
import { SIZE_RANGE } from '../../src/domain/analysis/sizeByMeasure';
import { SizeByControl, useSizesFrom } from '../../src/features/analysis/SizeByControl';
import { clearSizing, sizeKeyOf, useSizeBy } from '../../src/state/sizeByStore';

/** A hub who bridges, and two leaves who do not. */
const measures: BoardMeasures = {
  people: new Map([
    ['hub', { links: 2, bridging: 1, reach: 2, core: 1 }],
    ['a', { links: 1, bridging: 0, reach: 2, core: 1 }],
    ['b', { links: 1, bridging: 0, reach: 2, core: 1 }],
  ]),
  bridgingExact: true,
  topCore: 1,
};

const select = () => screen.getByRole('combobox', { name: 'Size people by' });

describe('Size people by', () => {
  beforeEach(() => clearSizing());

  it('starts with everyone the same size, and nothing in the key', () => {
    render(<SizeByControl measures={measures} />);
    expect(select()).toHaveValue('');
    expect(sizeKeyOf(useSizeBy.getState())).toBeNull();
    expect(useSizeBy.getState().sizes.size).toBe(0);
  });

  it('sizes people by the measure chosen, with a key saying what size means', async () => {
    const user = userEvent.setup();
    render(<SizeByControl measures={measures} />);
    await user.selectOptions(select(), 'Bridges between groups');
    const { sizes } = useSizeBy.getState();
    const label = sizeKeyOf(useSizeBy.getState());
    expect(label).toBe(
      'Size: bridges between groups, based only on the associations recorded here',
    );
    expect(sizes.get('hub')).toBe(SIZE_RANGE.max);
    expect(sizes.get('a')).toBe(SIZE_RANGE.min);

    // Another measure: by reach everyone is the same, so everyone is the largest size.
    await user.selectOptions(select(), 'Reach in two steps');
    expect(sizeKeyOf(useSizeBy.getState())).toMatch(/^Size: reach in two steps/);
    expect(useSizeBy.getState().sizes.get('a')).toBe(SIZE_RANGE.max);

    await user.selectOptions(select(), 'None (everyone the same)');
    expect(sizeKeyOf(useSizeBy.getState())).toBeNull();
    expect(useSizeBy.getState().sizes.size).toBe(0);
  });

  it('says it is working the measure out until the worker has it, then sizes', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<SizeByControl measures={null} />);
    await user.selectOptions(select(), 'Number of links');
    expect(sizeKeyOf(useSizeBy.getState())).toBe(
      'Size: number of links, based only on the associations recorded here (working it out…)',
    );
    expect(useSizeBy.getState().sizes.size).toBe(0);
    rerender(<SizeByControl measures={measures} />);
    expect(sizeKeyOf(useSizeBy.getState())).not.toMatch(/working/);
    expect(useSizeBy.getState().sizes.get('hub')).toBe(SIZE_RANGE.max);

    // Worked out again (an edit): the sizes drawn stay meanwhile, and the key does not flicker.
    rerender(<SizeByControl measures={null} />);
    expect(useSizeBy.getState().sizes.get('hub')).toBe(SIZE_RANGE.max);
    expect(sizeKeyOf(useSizeBy.getState())).not.toMatch(/working/);
  });

  it('keeps the sizes when the panel closes, and with it closed follows the measures worked out after an edit', async () => {
    const user = userEvent.setup();
    const first = render(<SizeByControl measures={measures} />);
    await user.selectOptions(select(), 'Core');
    first.unmount();
    expect(useSizeBy.getState().sizes.size).toBe(3);
    expect(useSizeBy.getState().measure).toBe('core');

    // With the panel closed the board is still measured (KeepSizes): while that works the sizes
    // drawn stay, then someone added meanwhile is sized with the rest.
    function Keeper({ m }: { m: BoardMeasures | null }) {
      useSizesFrom(m);
      return null;
    }
    const keeper = render(<Keeper m={null} />);
    expect(useSizeBy.getState().sizes.size).toBe(3);
    const after: BoardMeasures = {
      ...measures,
      people: new Map([...measures.people, ['c', { links: 0, bridging: 0, reach: 0, core: 0 }]]),
    };
    keeper.rerender(<Keeper m={after} />);
    expect(useSizeBy.getState().sizes.size).toBe(4);
    expect(sizeKeyOf(useSizeBy.getState())).toBe(
      'Size: core, based only on the associations recorded here',
    );
  });
});
