import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { riskFill } from '../../src/domain/encoding';
import { LINKED_HALO, placeKindStyle, placeSelected } from '../../src/domain/placeEncoding';
import { placeKinds, riskLevels } from '../../src/domain/vocabulary';
import { MapLegend, MapLegendToggle } from '../../src/features/map/MapLegend';
import { useMapLegend } from '../../src/state/mapLegendStore';

beforeEach(() => useMapLegend.setState({ open: false }));

function renderLegend(extra?: React.ReactNode) {
  render(
    <div>
      <MapLegendToggle />
      <MapLegend extra={extra} />
    </div>,
  );
}

const legend = () => screen.getByRole('complementary', { name: 'Map legend' });
const row = (section: string, label: string | RegExp) =>
  within(within(legend()).getByRole('region', { name: section })).getByText(label, {
    selector: 'li',
  });

describe('MapLegend', () => {
  it('is shown and hidden by the Legend toggle', async () => {
    const user = userEvent.setup();
    renderLegend();
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('complementary', { name: 'Map legend' })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(legend()).toBeVisible();
    await user.click(toggle);
    expect(screen.queryByRole('complementary', { name: 'Map legend' })).toBeNull();
  });

  it('lists every kind of place with its letter and outline colour, from the encoding', async () => {
    renderLegend();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Legend' }));
    for (const kind of placeKinds) {
      const item = row('Kind of place (letter and outline)', kind.label);
      const { glyph, colour } = placeKindStyle[kind.key];
      expect(item.querySelector('text')?.textContent).toBe(glyph);
      const strokes = [...item.querySelectorAll('circle')].map((c) => c.getAttribute('stroke'));
      expect(strokes).toContain(colour);
    }
  });

  it('lists every risk level with its fill, and the selected and linked rings', async () => {
    renderLegend();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Legend' }));
    for (const risk of riskLevels) {
      const item = row('Risk level (fill)', new RegExp(`^${risk.label}`));
      expect(item.querySelector('rect')?.getAttribute('fill')).toBe(riskFill[risk.key]);
    }
    expect(
      row('Risk level (fill)', /^Not assessed/)
        .querySelector('rect')
        ?.getAttribute('stroke-dasharray'),
    ).toBeTruthy();
    const ringsOf = (label: string) =>
      [...row('Highlights', label).querySelectorAll('circle')].map((c) => c.getAttribute('stroke'));
    expect(ringsOf('Selected')).toContain(placeSelected);
    expect(ringsOf('Linked to the selection')).toContain(LINKED_HALO);
    expect(ringsOf('Selected')).not.toContain(LINKED_HALO);
  });

  it('has room for sections from the map’s other parts', async () => {
    renderLegend(
      <section aria-label="Incidents">
        <h3>Incidents</h3>
      </section>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Legend' }));
    expect(within(legend()).getByRole('region', { name: 'Incidents' })).toBeVisible();
  });
});
