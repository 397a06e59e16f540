import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  parseCaptureLine,
  suggestNames,
  type BoardNames,
  type CapturePlan,
} from '../../src/domain/capture';
import { readTime, readUkDate } from '../../src/domain/capture/ukDates';

// Fictional people and places of Harrowfield.
const board: BoardNames = {
  people: [
    { id: 'p-leon', displayName: 'Leon', fullName: 'Leon Price', initials: 'LP' },
    { id: 'p-jay', displayName: 'Jay Brown', fullName: '', initials: 'JB' },
    { id: 'p-sami', displayName: 'Sami', fullName: '', initials: 'S' },
  ],
  groups: [{ id: 'g-north', name: 'Northside' }],
  places: [{ id: 'pl-marlow', name: 'Marlow House' }],
};
const TODAY = '2026-12-07';

function plan(line: string, names: BoardNames = board): CapturePlan {
  const result = parseCaptureLine(line, names, TODAY);
  if (!result.ok) throw new Error(`Refused: ${result.refusal.problem}`);
  return result.plan;
}

function refusal(line: string, names: BoardNames = board) {
  const result = parseCaptureLine(line, names, TODAY);
  if (result.ok) throw new Error(`Recorded: ${result.plan.echo}`);
  return result.refusal;
}

describe('a person', () => {
  it('reads "Leon Price, YOS, A. Khan" as a new person with agency and practitioner', () => {
    const p = plan('Kira Moss, YOS, A. Khan');
    expect(p.record).toEqual({
      kind: 'person',
      existing: null,
      leadAgency: 'Youth offending service',
      leadPractitioner: 'A. Khan',
    });
    expect(p.newPeople).toEqual([
      {
        ref: 'new:1',
        name: 'Kira Moss',
        leadAgency: 'Youth offending service',
        leadPractitioner: 'A. Khan',
      },
    ]);
    expect(p.echo).toBe(
      'New person Kira Moss: lead agency Youth offending service, practitioner A. Khan.',
    );
  });

  it('sets the agency of someone already on the board, by full name', () => {
    const p = plan('Leon Price, csc, B. Shah');
    expect(p.record).toMatchObject({
      kind: 'person',
      existing: { id: 'p-leon' },
      leadAgency: "Children's social care",
    });
    expect(p.newPeople).toEqual([]);
  });

  it('refuses a bare name already on the board', () => {
    expect(refusal('leon').problem).toMatch(/already on the board/);
  });

  it('keeps an agency nobody abbreviates as typed', () => {
    expect(plan('person Ava, Harrowfield Boxing Club').record).toMatchObject({
      leadAgency: 'Harrowfield Boxing Club',
    });
  });

  it('says how to link two names written as a person line', () => {
    expect(refusal('Leon, Jay').problem).toMatch(/how they are linked/);
  });
});

describe('associations', () => {
  it('reads direction, kind, confidence and source: "Leon > Kira exploitation reported police"', () => {
    const p = plan('Leon > Kira exploitation reported police');
    expect(p.record).toEqual({
      kind: 'associations',
      pairs: [{ from: { ref: 'p-leon', name: 'Leon' }, to: { ref: 'new:1', name: 'Kira' } }],
      associationKind: 'exploitation',
      directed: true,
      confidence: 'reported',
      sourceAgency: 'Police',
    });
    expect(p.echo).toBe(
      'Exploitation from Leon to Kira (reported, source Police). New person Kira.',
    );
  });

  it('reads several at once: "Leon - Jay, Sami friends"', () => {
    const p = plan('Leon - Jay, Sami friends');
    expect(p.record).toMatchObject({
      kind: 'associations',
      associationKind: 'friendship',
      directed: false,
      confidence: null,
    });
    const pairs = p.record.kind === 'associations' ? p.record.pairs : [];
    expect(pairs.map((x) => [x.from.ref, x.to.ref])).toEqual([
      ['p-leon', 'p-jay'],
      ['p-leon', 'p-sami'],
    ]);
    expect(p.newPeople).toEqual([]);
    expect(p.echo).toBe('Friendship between Leon and Jay Brown; between Leon and Sami.');
  });

  it('runs "<" from right to left', () => {
    const p = plan('Sami < Leon violence suspected');
    expect(p.record).toMatchObject({ directed: true, confidence: 'suspected' });
    if (p.record.kind !== 'associations') throw new Error('not associations');
    expect(p.record.pairs[0]).toMatchObject({ from: { ref: 'p-leon' }, to: { ref: 'p-sami' } });
  });

  it.each([
    ['friends', 'friendship'],
    ['friend', 'friendship'],
    ['mates', 'friendship'],
    ['exploits', 'exploitation'],
    ['exploitation', 'exploitation'],
    ['sister', 'family'],
    ['sibling', 'family'],
    ['criminal association', 'criminal'],
    ['Harmful sexual behaviour', 'hsb'],
    ['protective', 'protective'],
  ])('reads "%s" as %s', (word, kind) => {
    expect(plan(`Leon - Sami ${word}`).record).toMatchObject({ associationKind: kind });
  });

  it.each([
    ['confirmed', 'confirmed'],
    ['known', 'confirmed'],
    ['Reported', 'reported'],
    ['alleged', 'suspected'],
    ['suspected', 'suspected'],
  ])('reads the confidence "%s" as %s', (word, confidence) => {
    expect(plan(`Leon - Sami friends ${word}`).record).toMatchObject({ confidence });
  });

  it.each([
    ['YOS', 'Youth offending service'],
    ['yot', 'Youth offending service'],
    ['CSC', "Children's social care"],
    ['police', 'Police'],
    ['from housing', 'Housing'],
    ['school', 'Education'],
    ['youth offending service', 'Youth offending service'],
  ])('reads the source "%s" as %s', (word, agency) => {
    expect(plan(`Leon - Sami friends ${word}`).record).toMatchObject({ sourceAgency: agency });
  });

  it('matches unique first names and written initials, whatever the case', () => {
    const p = plan('LP - JAY mates');
    if (p.record.kind !== 'associations') throw new Error('not associations');
    expect(p.record.pairs[0]).toMatchObject({ from: { ref: 'p-leon' }, to: { ref: 'p-jay' } });
  });

  it('refuses a name two people answer to, naming both', () => {
    const twoJays: BoardNames = {
      ...board,
      people: [
        ...board.people,
        { id: 'p-jay2', displayName: 'Jay Okoro', fullName: '', initials: 'JO' },
      ],
    };
    const r = refusal('Leon - Jay friends', twoJays);
    expect(r.problem).toBe('“Jay” could be Jay Brown or Jay Okoro: type more of the name');
    expect(r.words).toEqual(['Jay']);
    expect(plan('Leon - Jay Okoro friends', twoJays).newPeople).toEqual([]);
  });

  it('names the words it did not understand', () => {
    const r = refusal('Leon - Sami friends reportedd polise');
    expect(r.words).toEqual(['reportedd', 'polise']);
    expect(r.problem).toBe('Not understood: “reportedd”, “polise”');
  });

  it('asks for a kind, highlighting a misspelt one', () => {
    const r = refusal('Leon > Kira exploitaton');
    expect(r.problem).toMatch(/Say what kind of association/);
    expect(r.words).toEqual(['exploitaton']);
  });

  it('refuses linking someone to themself', () => {
    expect(refusal('Leon - leon friends').problem).toMatch(/themself/);
  });

  it('keeps a hyphenated name whole', () => {
    const p = plan('Leon - Ade-Smith friends');
    expect(p.newPeople.map((n) => n.name)).toEqual(['Ade-Smith']);
  });
});

describe('groups', () => {
  it('reads a new group with roles: "group Eastgate: Leon leader, Jay, Sami peripheral"', () => {
    const p = plan('group Eastgate: Leon leader, Jay, Sami peripheral, Kira follower');
    expect(p.record).toEqual({
      kind: 'group',
      existing: null,
      name: 'Eastgate',
      members: [
        { who: { ref: 'p-leon', name: 'Leon' }, role: 'leader' },
        { who: { ref: 'p-jay', name: 'Jay Brown' }, role: 'not-known' },
        { who: { ref: 'p-sami', name: 'Sami' }, role: 'peripheral' },
        { who: { ref: 'new:1', name: 'Kira' }, role: 'follower' },
      ],
    });
    expect(p.echo).toBe(
      'New group Eastgate: Leon (leader), Jay Brown, Sami (peripheral), Kira (follower). New person Kira.',
    );
  });

  it('adds to a group already on the board', () => {
    expect(plan('GROUP northside: Sami').record).toMatchObject({
      existing: { id: 'g-north' },
      name: 'Northside',
    });
  });
});

describe('places', () => {
  it('reads kind and risk: "place Marlow Court stairwell high risk"', () => {
    const p = plan('place Marlow Court stairwell high risk');
    expect(p.record).toEqual({
      kind: 'place',
      name: 'Marlow Court',
      placeKind: 'estate',
      riskLevel: 'significant',
    });
    expect(p.echo).toBe(
      'New place Marlow Court: Estate / stairwell, risk significant; not on the map yet.',
    );
  });

  it('keeps a capitalised kind in the name', () => {
    expect(plan('place Northside Park, moderate risk').record).toEqual({
      kind: 'place',
      name: 'Northside Park',
      placeKind: 'park',
      riskLevel: 'moderate',
    });
  });

  it('defaults to other, not assessed', () => {
    expect(plan('place The Arches').record).toMatchObject({
      placeKind: 'other',
      riskLevel: 'not-assessed',
    });
  });

  it('refuses a place already on the board', () => {
    expect(refusal('place marlow house').problem).toMatch(/already a place/);
  });
});

describe('place links', () => {
  it('reads "Leon, Jay frequent Marlow House"', () => {
    const p = plan('Leon, Jay frequent Marlow House');
    expect(p.record).toMatchObject({
      kind: 'placeLinks',
      place: { id: 'pl-marlow' },
      linkKind: 'frequents',
      subjects: [
        { kind: 'person', who: { ref: 'p-leon' } },
        { kind: 'person', who: { ref: 'p-jay' } },
      ],
    });
    expect(p.echo).toBe('Leon and Jay Brown: frequents Marlow House.');
  });

  it('links a group and reads other verbs and a source', () => {
    const p = plan('Northside hang out at marlow house reported police');
    expect(p.record).toMatchObject({
      subjects: [{ kind: 'group', id: 'g-north' }],
      linkKind: 'frequents',
      confidence: 'reported',
      source: 'Police',
    });
    expect(plan('Sami lives at Marlow House').record).toMatchObject({ linkKind: 'lives-at' });
    expect(plan('Sami attends Marlow House').record).toMatchObject({ linkKind: 'attends' });
    expect(plan('Sami feels safe at Marlow House').record).toMatchObject({
      linkKind: 'safe-place',
    });
  });
});

describe('incidents', () => {
  it('reads "incident 3 Dec 21:30 at Marlow House: robbery, Leon, Jay"', () => {
    const p = plan('incident 3 Dec 21:30 at Marlow House: robbery, Leon, Jay harmed');
    expect(p.record).toEqual({
      kind: 'incident',
      occurredAt: '2026-12-03T21:30',
      place: { id: 'pl-marlow', name: 'Marlow House' },
      harmKinds: ['violence'],
      involved: [
        { who: { ref: 'p-leon', name: 'Leon' }, role: 'present' },
        { who: { ref: 'p-jay', name: 'Jay Brown' }, role: 'harmed' },
      ],
    });
    expect(p.echo).toBe(
      'Incident on 3 Dec 2026 at 21:30 at Marlow House: serious youth violence; Leon (present), Jay Brown (harmed).',
    );
  });

  it('reads "inc" as short for incident', () => {
    expect(plan('inc 3/12 at Marlow House: robbery').record).toMatchObject({ kind: 'incident' });
  });

  it('puts a date without a year in the past', () => {
    expect(plan('incident 20 Dec 9pm at Marlow House: drugs').record).toMatchObject({
      occurredAt: '2025-12-20T21:00',
      harmKinds: ['cce'],
    });
  });

  it('asks what happened, pointing at a misspelt harm', () => {
    const r = refusal('incident yesterday at Marlow House: robery, Leon');
    expect(r.problem).toMatch(/Say what happened/);
    expect(r.words).toEqual(['robery']);
  });

  it('refuses a place not on the board', () => {
    expect(refusal('incident 3 Dec at Nowhere Yard: robbery').problem).toBe(
      'There is no place called “Nowhere Yard” on the board: add it first with “place Nowhere Yard”',
    );
  });

  it('refuses an impossible date with the reason', () => {
    expect(refusal('incident 31 Nov at Marlow House: robbery').problem).toBe(
      '“31 Nov” is not a real date: November 2026 has 30 days',
    );
  });
});

describe('actions', () => {
  it('reads "action Housing: stairwell lighting at Marlow House by 15 Jan"', () => {
    const p = plan('action Housing: stairwell lighting at Marlow House by 15 Jan');
    expect(p.record).toEqual({
      kind: 'action',
      agency: 'Housing',
      partners: [],
      description: 'stairwell lighting at Marlow House',
      target: { kind: 'place', ref: 'pl-marlow', name: 'Marlow House' },
      dueDate: '2027-01-15',
    });
    expect(p.echo).toBe(
      'Action for Marlow House, Housing: stairwell lighting at Marlow House, due 15 Jan 2027.',
    );
  });

  it('reads "act" as short for action', () => {
    expect(plan('act YOS: mentoring for Leon by 20/1').record).toMatchObject({ kind: 'action' });
  });

  it('reads several agencies: the first owns it, the others are partners', () => {
    const p = plan('action Police, YOS: joint visit for Leon by 20 Jan');
    expect(p.record).toMatchObject({
      agency: 'Police',
      partners: ['Youth offending service'],
      target: { kind: 'person', ref: 'p-leon' },
      dueDate: '2027-01-20',
    });
    expect(p.echo).toBe(
      'Action for Leon, Police with Youth offending service: joint visit for Leon, due 20 Jan 2027.',
    );
  });

  it('aims at a group, or at the whole board', () => {
    expect(plan('action CSC: disruption plan for Northside by 12/1').record).toMatchObject({
      target: { kind: 'group', ref: 'g-north' },
      dueDate: '2027-01-12',
    });
    expect(plan('action SNT: patrols by tomorrow').record).toMatchObject({
      target: { kind: 'board' },
      dueDate: '2026-12-08',
      agency: 'Safer neighbourhood team',
    });
  });

  it('needs a due date, a real one, not yet passed', () => {
    expect(refusal('action Housing: lighting').problem).toMatch(/Say when it is due/);
    expect(refusal('action Housing: lighting by 30 Feb').problem).toBe(
      '“30 Feb” is not a real date: February 2027 has 28 days',
    );
    expect(refusal('action Housing: lighting by 1/1/2020').problem).toMatch(/has passed/);
  });
});

describe('text that is not shorthand', () => {
  it('keeps HTML and formulas as plain text in names', () => {
    const p = plan('Leon - <img src=x onerror=alert(1)> friends');
    expect(p.newPeople.map((n) => n.name)).toEqual(['<img src=x onerror=alert(1)>']);
    expect(plan('=HYPERLINK("x"), YOS').newPeople[0]?.name).toBe('=HYPERLINK("x")');
  });

  it('refuses an empty line', () => {
    expect(refusal('   ').problem).toBe('Type a line to record');
  });
});

describe('dates and times', () => {
  it.each([
    ['3 Dec', 'past', '2026-12-03'],
    ['3rd December 2025', 'past', '2025-12-03'],
    ['3/12', 'future', '2027-12-03'],
    ['07/12/26', 'future', '2026-12-07'],
    ['today', 'future', TODAY],
    ['yesterday', 'past', '2026-12-06'],
    ['Friday', 'future', '2026-12-11'],
    ['Friday', 'past', '2026-12-04'],
    ['29 Feb 2028', 'future', '2028-02-29'],
  ] as const)('reads %s (%s) as %s', (text, side, date) => {
    expect(readUkDate(text, TODAY, side)).toEqual({ date });
  });

  it('refuses impossible dates and leaves non-dates alone', () => {
    expect(readUkDate('29 Feb 2027', TODAY, 'future')).toEqual({
      problem: '“29 Feb 2027” is not a real date: February 2027 has 28 days',
    });
    expect(readUkDate('3/13', TODAY, 'future')).toEqual({
      problem: '“3/13”: there is no month 13',
    });
    expect(readUkDate('soon', TODAY, 'future')).toBeNull();
  });

  it('reads times', () => {
    expect(readTime('21:30')).toEqual({ time: '21:30' });
    expect(readTime('9.15pm')).toEqual({ time: '21:15' });
    expect(readTime('12am')).toEqual({ time: '00:00' });
    expect(readTime('25:00')).toEqual({ problem: '“25:00” is not a time of day' });
  });
});

describe('names offered while typing', () => {
  it('offers names the end of the line starts, longest ending first', () => {
    expect(suggestNames('Leon - J', board)).toEqual([
      { name: 'Jay Brown', what: 'person', replaces: 1 },
    ]);
    expect(suggestNames('Leon, Jay frequent marlow h', board)).toEqual([
      { name: 'Marlow House', what: 'place', replaces: 8 },
    ]);
    expect(suggestNames('group N', board).map((s) => s.name)).toEqual(['Northside']);
    expect(suggestNames('Leon - ', board)).toEqual([]);
    expect(suggestNames('Leon - Sami', board)).toEqual([]);
  });

  it('replaces just the ending when a name is taken', () => {
    const [s] = suggestNames('Leon,  Jay frequent Marl', board);
    expect(acceptSuggestion('Leon,  Jay frequent Marl', s!)).toBe(
      'Leon,  Jay frequent Marlow House ',
    );
  });
});

describe('places by the first word of their name', () => {
  const two: BoardNames = {
    ...board,
    places: [...board.places, { id: 'pl-park', name: 'Northside Park' }],
  };

  it('finds a place by its first word when only one place starts with it', () => {
    expect(plan('Sami frequent marlow', two).record).toMatchObject({
      place: { id: 'pl-marlow', name: 'Marlow House' },
    });
    expect(plan('action SNT: patrols at marlow by 20/1', two).record).toMatchObject({
      target: { kind: 'place', ref: 'pl-marlow' },
    });
    // A group's own name wins over a place's first word.
    expect(plan('action SNT: patrols at Northside by 20/1', two).record).toMatchObject({
      target: { kind: 'group', ref: 'g-north' },
    });
  });

  it('still lets a new place share a first word', () => {
    expect(plan('place Marlow Court', two).record).toMatchObject({ name: 'Marlow Court' });
  });

  it('refuses a first word two places share', () => {
    const both: BoardNames = {
      ...two,
      places: [...two.places, { id: 'pl-mc', name: 'Marlow Court' }],
    };
    expect(refusal('incident 3 Dec at Marlow: robbery', both).problem).toBe(
      '“Marlow” could be Marlow House or Marlow Court: type more of the name',
    );
  });
});
