import { describe, expect, it } from 'vitest';
import type { BoardContent } from '../../src/db/queries';
import { associationColour, riskFill } from '../../src/domain/encoding';
import { newAnnotation } from '../../src/domain/kinds/annotation';
import { newAssociation } from '../../src/domain/kinds/association';
import { newBoard } from '../../src/domain/kinds/board';
import { newGroup } from '../../src/domain/kinds/group';
import { newMembership } from '../../src/domain/kinds/membership';
import { newPerson } from '../../src/domain/kinds/person';
import { newPosition } from '../../src/domain/kinds/position';
import { LEGEND_NOTE, legendSections } from '../../src/domain/legend';
import { exportFileName, exportInput } from '../../src/features/export/exportInput';
import { networkSvg } from '../../src/features/export/networkSvg';

const B = 'board-x';
const NOW = new Date(2026, 10, 21, 10, 30);

const kayden = newPerson('p-kay', B, {
  displayName: 'Kayden Smith',
  fullName: 'Kayden Lee Smith',
  initials: 'KS',
  riskLevel: 'significant',
  harmRole: 'harmed',
});
const jo = newPerson('p-jo', B, {
  displayName: 'Jo Bloggs',
  fullName: 'Joanne Bloggs',
  initials: 'JB',
  kind: 'adult-of-concern',
  harmRole: 'harming',
});
const hostile = newPerson('p-evil', B, {
  displayName: '=HYPERLINK("x")',
  fullName: '<script>alert(1)</script>',
  initials: 'XX',
});
const hidden = newPerson('p-hid', B, {
  displayName: 'Hidden Harriet',
  fullName: 'Harriet Hidden',
  initials: 'HH',
  kind: 'professional',
});

/** A small board: a directed, suspected, past-review exploitation line, a parallel friendship, a
 * violence line the filters hide, a group whose hidden member sits far off, and a note naming people. */
function content(): BoardContent {
  return {
    board: newBoard(B, {
      title: 'Strategy meeting about Kayden Smith',
      purpose: 'Test',
      owner: 'Chair',
      reviewDate: '2027-01-01',
      classification: 'OFFICIAL-SENSITIVE',
    }),
    people: [kayden, jo, hostile, hidden],
    associations: [
      newAssociation('a-exp', B, {
        fromId: jo.id,
        toId: kayden.id,
        kind: 'exploitation',
        directed: true,
        confidence: 'suspected',
        reviewDate: '2026-01-01',
      }),
      newAssociation('a-fr', B, { fromId: kayden.id, toId: jo.id, kind: 'friendship' }),
      newAssociation('a-vio', B, { fromId: kayden.id, toId: hostile.id, kind: 'violence' }),
      newAssociation('a-prof', B, { fromId: hidden.id, toId: kayden.id, kind: 'protective' }),
    ],
    groups: [newGroup('g-1', B, { name: 'Kayden Smith and friends', colour: '#1f6fb2' })],
    memberships: [
      newMembership('m-1', B, 'g-1', kayden.id, 'leader'),
      newMembership('m-2', B, 'g-1', jo.id),
      newMembership('m-3', B, 'g-1', hidden.id),
    ],
    positions: [
      newPosition(B, kayden.id, 100, 100),
      newPosition(B, jo.id, 400, 120),
      newPosition(B, hostile.id, 250, 400),
      newPosition(B, hidden.id, 3000, 2500),
    ],
    annotations: [
      newAnnotation(
        'n-1',
        B,
        'Kayden Smith was seen with Joanne Bloggs at the park.',
        { x: 0, y: -120 },
        {
          kind: 'person',
          id: kayden.id,
        },
      ),
    ],
    places: [],
    placeLinks: [],
    incidents: [],
    actions: [],
    meetings: [],
    quarantined: [],
    missingEnds: { associations: 0, memberships: 0, placeLinks: 0 },
  };
}

const hostileNote = newAnnotation('n-2', B, '<script>alert(1)</script> =HYPERLINK("x")', {
  x: 600,
  y: 300,
});

const filterHides = new Set([hidden.id, 'a-vio']);

function exported(presenterSafe: boolean, hide: ReadonlySet<string> = filterHides) {
  const svg = networkSvg(exportInput(content(), { presenterSafe, hidden: hide, now: NOW }));
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  return { svg, doc, texts, allText: texts.join(' ') };
}

/** The diagram is the one transformed group; the header and legend sit outside it. */
const diagram = (doc: Document) => doc.querySelector('svg > g[transform]')!;

describe('networkSvg', () => {
  it('is well-formed SVG with the title, date, names line and the marking top and bottom', () => {
    const { svg, doc, texts } = exported(false);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(Number(doc.documentElement.getAttribute('width'))).toBeGreaterThan(800);
    expect(texts).toContain('Strategy meeting about Kayden Smith');
    expect(texts).toContain('21 November 2026 · Names: full names');
    expect(texts.filter((t) => t === 'OFFICIAL-SENSITIVE')).toHaveLength(2);
    const markings = [...doc.querySelectorAll('text')].filter(
      (t) => t.textContent === 'OFFICIAL-SENSITIVE',
    );
    const ys = markings.map((t) => Number(t.getAttribute('y')));
    expect(Math.min(...ys)).toBeLessThan(40);
    expect(Math.max(...ys)).toBeGreaterThan(
      Number(doc.documentElement.getAttribute('height')) - 40,
    );
    // Nothing to fetch: no links, images, stylesheets or fonts.
    expect(svg).not.toMatch(/href|<image|<style|@font-face|url\(/i);
    expect(doc.documentElement.getAttribute('font-family')).toBe('system-ui, sans-serif');
  });

  it('carries every legend label and the note about sources', () => {
    const { texts, allText } = exported(false);
    for (const section of legendSections()) {
      expect(texts).toContain(section.title);
      for (const item of section.items) expect(texts).toContain(item.label);
    }
    expect(allText).toContain(LEGEND_NOTE);
  });

  it('leaves out what the filters hide, including hidden members from group outlines', () => {
    const { doc, texts, allText } = exported(false);
    expect(allText).not.toContain('Hidden Harriet');
    expect(texts).toContain('Kayden Smith');
    const drawn = diagram(doc);
    expect(drawn.querySelector(`line[stroke="${associationColour.violence}"]`)).toBeNull();
    // Harriet's protective line goes with her.
    expect(drawn.querySelector(`line[stroke="${associationColour.protective}"]`)).toBeNull();
    expect(texts).toContain(
      'Shows 3 people and 2 associations; filters hide 1 person and 2 associations.',
    );
    // Harriet sits at x = 3000: the outline must not reach out to her.
    const outline = drawn.querySelector('path')!.getAttribute('d')!;
    const xs = [...outline.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThan(500);

    const everything = exported(false, new Set());
    expect(everything.texts).toContain('Hidden Harriet');
    expect(
      diagram(everything.doc).querySelector(`line[stroke="${associationColour.violence}"]`),
    ).not.toBeNull();
  });

  it('draws the encoding: fill, arrowhead, dots, review fading and mark, group name', () => {
    const { doc, texts } = exported(false, new Set());
    const drawn = diagram(doc);
    expect(drawn.querySelector(`circle[fill="${riskFill.significant}"]`)).not.toBeNull();
    const exploitation = drawn.querySelector(`line[stroke="${associationColour.exploitation}"]`)!;
    expect(exploitation.getAttribute('stroke-dasharray')).toBe('2 4');
    expect(exploitation.getAttribute('opacity')).toBe('0.4');
    expect(drawn.querySelector(`polygon[fill="${associationColour.exploitation}"]`)).not.toBeNull();
    expect([...drawn.querySelectorAll('text')].map((t) => t.textContent)).toContain('review');
    expect(drawn.querySelector(`line[stroke="${associationColour.friendship}"]`)).not.toBeNull();
    expect(texts).toContain('Kayden Smith and friends');
  });

  it('under presenter-safe shows initials and no display or full name anywhere', () => {
    const { svg, texts, allText } = exported(true, new Set());
    expect(texts).toContain('21 November 2026 · Names: initials (presenter-safe)');
    for (const initials of ['KS', 'JB', 'XX', 'HH']) expect(texts).toContain(initials);
    for (const p of [kayden, jo, hostile, hidden])
      for (const name of [p.displayName, p.fullName]) {
        expect(allText).not.toContain(name);
        expect(svg).not.toContain(name);
      }
    // Free text naming people is masked too: the title, the group and the note.
    expect(texts).toContain('Strategy meeting about KS');
    expect(texts).toContain('KS and friends');
    expect(allText).toContain('KS was seen with JB');
  });

  it('keeps hostile names as text, never markup', () => {
    const c = content();
    c.board = { ...c.board, title: '</text><script>alert(2)</script><text>' };
    c.annotations = [...c.annotations, hostileNote];
    const svg = networkSvg(exportInput(c, { presenterSafe: false, hidden: new Set(), now: NOW }));
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    expect(svg).not.toContain('<script');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('=HYPERLINK("x")');
    expect(texts).toContain('<script>alert(1)</script>');
    expect(texts).toContain('</text><script>alert(2)</script><text>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('draws an empty or fully filtered board with a word of explanation', () => {
    const c = { ...content(), annotations: [] };
    const all = new Set([kayden.id, jo.id, hostile.id, hidden.id]);
    const svg = networkSvg(exportInput(c, { presenterSafe: false, hidden: all, now: NOW }));
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('The filters hide everyone.');
    expect(texts).toContain(
      'Shows 0 people and 0 associations; filters hide 4 people and 4 associations.',
    );
    expect(diagram(doc).children).toHaveLength(0);
  });
});

describe('exportFileName', () => {
  it('is the title, "network" and the date, with letters, digits and hyphens only', () => {
    expect(exportFileName('Training: Harrowfield peer-group mapping (fictional)', NOW, 'png')).toBe(
      'Training-Harrowfield-peer-group-mapping-fictional-network-2026-11-21.png',
    );
    expect(exportFileName('../../<Zoë>\\"x"', NOW, 'svg')).toBe('Zoe-x-network-2026-11-21.svg');
    expect(exportFileName('***', NOW, 'svg')).toBe('board-network-2026-11-21.svg');
  });
});
