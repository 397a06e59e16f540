import { describe, expect, it } from 'vitest';
import {
  associationColour,
  confidenceLine,
  groupRoleBorder,
  harmRing,
  personShape,
  REVIEW_MARK,
  riskFill,
} from '../../src/domain/encoding';
import { legendSections, type LineSwatch, type NodeSwatch } from '../../src/domain/legend';
import {
  associationKinds,
  confidences,
  personKinds,
  riskLevels,
} from '../../src/domain/vocabulary';

const sections = legendSections();
const section = (title: RegExp) => sections.find((s) => title.test(s.title))!;
const node = (title: RegExp, key: string) =>
  section(title).items.find((i) => i.key === key)!.swatch as NodeSwatch;
const line = (title: RegExp, key: string) =>
  section(title).items.find((i) => i.key === key)!.swatch as LineSwatch;

describe('legendSections', () => {
  it('has one entry per person kind, risk level, association kind and confidence', () => {
    expect(section(/^People/).items.map((i) => i.key)).toEqual(personKinds.map((k) => k.key));
    expect(section(/^Risk/).items.map((i) => i.key)).toEqual(riskLevels.map((k) => k.key));
    expect(section(/^Associations/).items.map((i) => i.key)).toEqual(
      associationKinds.map((k) => k.key),
    );
    for (const c of confidences)
      expect(section(/^How sure/).items.some((i) => i.key === c.key)).toBe(true);
  });

  it('draws each swatch with the values the diagram styles use', () => {
    for (const k of personKinds) expect(node(/^People/, k.key).shape).toBe(personShape[k.key]);
    for (const r of riskLevels) expect(node(/^Risk/, r.key).fill).toBe(riskFill[r.key]);
    expect(node(/^Harm role/, 'harming').ring).toEqual(harmRing.harming);
    expect(node(/^Role in a group/, 'leader').border).toEqual(groupRoleBorder.leader);
    for (const k of associationKinds)
      expect(line(/^Associations/, k.key).colour).toBe(associationColour[k.key]);
    for (const c of confidences) expect(line(/^How sure/, c.key).line).toBe(confidenceLine[c.key]);
  });

  it('sets protective associations apart and shows the review mark', () => {
    const protective = line(/^Associations/, 'protective');
    const friendship = line(/^Associations/, 'friendship');
    expect(protective.width).toBeGreaterThan(friendship.width);
    expect(protective.midMark).toBe(true);
    expect(friendship.midMark).toBe(false);
    const review = line(/^How sure/, 'review');
    expect(review.opacity).toBeLessThan(1);
    expect(review.mark).toBe(REVIEW_MARK);
    expect(line(/^How sure/, 'directed').arrow).toBe(true);
  });

  it('gives each harm role a ring that differs in style as well as colour', () => {
    const styles = ['harmed', 'harming', 'both'].map((k) => harmRing[k as 'harmed'].style);
    expect(new Set(styles).size).toBe(3);
    expect(harmRing['not-known'].width).toBe(0);
  });
});
