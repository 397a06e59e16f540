import type { Person } from '../../../domain/kinds/person';
import { useFilters } from '../../../state/filterStore';
import type { EgoFocus, FilterResult } from '../../../domain/networkFilter';
import '../../../ui/filters.css';

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function hiddenText(people: number, associations: number): string {
  const parts = [
    people > 0 && count(people, 'person', 'people'),
    associations > 0 && count(associations, 'association', 'associations'),
  ].filter(Boolean);
  return `${parts.join(' and ')} hidden by filters`;
}

function focusText(
  focus: EgoFocus,
  people: readonly Person[],
  nameOf: (p: Person) => string,
): string {
  const names = focus.centre.flatMap((id) => {
    const p = people.find((q) => q.id === id);
    return p ? [nameOf(p)] : [];
  });
  const who =
    names.length <= 2 ? names.join(' and ') : `${names[0]} and ${names.length - 1} others`;
  return `Showing ${count(focus.steps, 'step', 'steps')} from ${who}`;
}

/**
 * Says, over the diagram, whenever the filters or the focus hide anything, so nobody in the meeting
 * mistakes a filtered picture for the whole board; one click shows everything again.
 */
export function HiddenIndicator({
  result,
  people,
  nameOf = (p) => p.displayName,
}: {
  result: FilterResult;
  people: readonly Person[];
  /** How people are named on screen (the board's name policy). */
  nameOf?: (p: Person) => string;
}) {
  const focus = useFilters((s) => s.filter.focus);
  const clearAll = useFilters((s) => s.clearAll);
  const hiddenPeople = result.hiddenPeople.size;
  const hiddenAssociations = result.hiddenAssociations.size;
  const everything = people.length > 0 && hiddenPeople >= people.length;
  const anything = hiddenPeople + hiddenAssociations > 0;
  return (
    <div role="status" className="hidden-indicator-slot">
      {anything && (
        <p className={everything ? 'hidden-indicator everything' : 'hidden-indicator'}>
          {everything ? (
            <span>Everything is hidden by the filters.</span>
          ) : (
            <span>
              {focus && `${focusText(focus, people, nameOf)} · `}
              {hiddenText(hiddenPeople, hiddenAssociations)}
            </span>
          )}
          <button type="button" onClick={clearAll}>
            Clear
          </button>
        </p>
      )}
    </div>
  );
}
