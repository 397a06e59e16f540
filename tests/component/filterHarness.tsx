import { newAssociation } from '../../src/domain/kinds/association';
import { newPerson } from '../../src/domain/kinds/person';
import type { Association } from '../../src/domain/kinds/association';
import type { Person } from '../../src/domain/kinds/person';
import { FiltersControl } from '../../src/features/network/filters/FiltersControl';
import { FocusControls } from '../../src/features/network/filters/FocusControls';
import { HiddenIndicator } from '../../src/features/network/filters/HiddenIndicator';
import { applyNetworkFilter } from '../../src/domain/networkFilter';
import { emptyFilter } from '../../src/domain/networkFilter';
import { useFilters } from '../../src/state/filterStore';
import { sampleGroup, sampleMembership } from '../unit/sampleRecords';

const B = 'b1';
const person = (id: string, name: string, over: Partial<Person> = {}) =>
  newPerson(id, B, { displayName: name, ...over });
const link = (id: string, fromId: string, toId: string, over: Partial<Association> = {}) =>
  newAssociation(id, B, { fromId, toId, kind: 'friendship', confidence: 'confirmed', ...over });

/** Four people in a line, Ali - Bea - Cal - Dee, with two groups and three lead agencies. */
export const board = {
  people: [
    person('ali', 'Ali', { leadAgency: 'Police' }),
    person('bea', 'Bea', { leadAgency: 'Education', kind: 'adult-of-concern' }),
    person('cal', 'Cal'),
    person('dee', 'Dee', { leadAgency: 'Police', kind: 'professional' }),
  ],
  associations: [
    link('ab', 'ali', 'bea', { kind: 'exploitation', confidence: 'suspected' }),
    link('bc', 'bea', 'cal', { firstReported: '2026-03-01', lastReported: '2026-03-20' }),
    link('cd', 'cal', 'dee', { confidence: 'reported' }),
  ],
  groups: [
    sampleGroup('g-park', B, { name: 'Park lot' }),
    sampleGroup('g-school', B, { name: 'Year 10' }),
  ],
  memberships: [
    sampleMembership('m1', B, 'g-park', 'ali'),
    sampleMembership('m2', B, 'g-park', 'bea'),
    sampleMembership('m3', B, 'g-school', 'cal'),
  ],
};

export function resetFilters(): void {
  useFilters.setState({ filter: emptyFilter, panelOpen: false });
}

/** The toolbar controls and the indicator over the diagram, as the board page wires them. */
export function FiltersHarness() {
  const filter = useFilters((s) => s.filter);
  const result = applyNetworkFilter(board, filter);
  return (
    <div>
      <div role="toolbar" aria-label="Network tools">
        <FiltersControl content={board} />
        <FocusControls />
      </div>
      <HiddenIndicator result={result} people={board.people} />
    </div>
  );
}
