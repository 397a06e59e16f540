import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { associationColour, riskFill } from '../../src/domain/encoding';
import {
  associationKinds,
  confidences,
  personKinds,
  riskLevels,
} from '../../src/domain/vocabulary';
import { Legend } from '../../src/features/network/Legend';

const item = (label: string) => screen.getByText(label, { selector: 'li' });

describe('Legend', () => {
  it('names every kind of person, risk level, association and confidence', () => {
    render(<Legend />);
    const legend = screen.getByRole('complementary', { name: 'Legend' });
    for (const term of [...personKinds, ...riskLevels, ...associationKinds, ...confidences]) {
      expect(within(legend).getByText(term.label, { selector: 'li' })).toBeInTheDocument();
    }
  });

  it('draws each swatch from the same encoding as the diagram', () => {
    render(<Legend />);
    for (const kind of associationKinds) {
      expect(item(kind.label).querySelector('line')?.getAttribute('stroke')).toBe(
        associationColour[kind.key],
      );
    }
    expect(item('Significant').querySelector('circle')?.getAttribute('fill')).toBe(
      riskFill.significant,
    );
    expect(item('Confirmed').querySelector('line')?.getAttribute('stroke-dasharray')).toBeNull();
    expect(item('Suspected').querySelector('line')?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(item('Directed (from → to)').querySelector('polygon')).not.toBeNull();
  });

  it('explains harm-role rings, group roles and associations due for review', () => {
    render(<Legend />);
    for (const label of [
      'Harmed',
      'Harming',
      'Harmed and harming',
      'Leader',
      'Peripheral',
      'Past its review date',
    ])
      expect(item(label).querySelector('svg')).not.toBeNull();
    expect(item('Past its review date').textContent).toContain('review');
    // Protective associations carry a mark in the middle of the line.
    expect(item('Protective / trusted').querySelectorAll('circle').length).toBe(1);
    expect(item('Friendship').querySelectorAll('circle').length).toBe(0);
  });

  it('says that associations are information, not findings', () => {
    render(<Legend />);
    expect(screen.getByText(/not findings of fact/)).toBeInTheDocument();
  });
});
