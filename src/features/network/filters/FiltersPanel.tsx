import { useId } from 'react';
import type { BoardContent } from '../../../db/queries';
import {
  associationKinds,
  confidences,
  personKinds,
  type AssociationKind,
  type Confidence,
  type PersonKind,
} from '../../../domain/vocabulary';
import { useFilters } from '../../../state/filterStore';
import { CheckList, toggled } from '../../../ui/CheckList';
import { filtersActive, leadAgencyKey, NO_LEAD_AGENCY } from '../../../domain/networkFilter';

/** The lead agencies named on the board, sorted, with "No lead agency" last if anyone has none. */
function agencyOptions(people: BoardContent['people']) {
  const names = new Set(people.map(leadAgencyKey));
  const none = names.delete(NO_LEAD_AGENCY);
  const options = [...names]
    .sort((a, b) => a.localeCompare(b, 'en-GB'))
    .map((name) => ({ key: name, label: name }));
  return none ? [...options, { key: NO_LEAD_AGENCY, label: 'No lead agency' }] : options;
}

/** Choices of what the diagram shows. Changes apply at once; nothing here is saved. */
export function FiltersPanel({
  content,
  id,
  onClose,
}: {
  content: Pick<BoardContent, 'people' | 'groups'>;
  id: string;
  onClose: () => void;
}) {
  const filter = useFilters((s) => s.filter);
  const setFilter = useFilters((s) => s.setFilter);
  const clearFilters = useFilters((s) => s.clearFilters);
  const dateIds = useId();
  const backwards = filter.dateFrom && filter.dateTo && filter.dateFrom > filter.dateTo;
  const groups = [...content.groups].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const agencies = agencyOptions(content.people);

  return (
    <section id={id} className="filters-panel" aria-label="Filters">
      <div className="filters-head">
        <h2>Show on the diagram</h2>
        <button type="button" onClick={clearFilters} disabled={!filtersActive(filter)}>
          Clear filters
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="filters-columns">
        <div>
          <CheckList
            legend="Kinds of association"
            options={associationKinds}
            isChecked={(k) => !filter.hiddenAssociationKinds.includes(k as AssociationKind)}
            onToggle={(k, shown) =>
              setFilter({
                hiddenAssociationKinds: toggled(
                  filter.hiddenAssociationKinds,
                  k as AssociationKind,
                  !shown,
                ),
              })
            }
          />
          <CheckList
            legend="How sure"
            options={confidences}
            isChecked={(k) => !filter.hiddenConfidences.includes(k as Confidence)}
            onToggle={(k, shown) =>
              setFilter({
                hiddenConfidences: toggled(filter.hiddenConfidences, k as Confidence, !shown),
              })
            }
          />
          <fieldset className="filter-set">
            <legend>Reported between</legend>
            <div className="filter-date">
              <label htmlFor={`${dateIds}-from`}>From</label>
              <input
                type="date"
                id={`${dateIds}-from`}
                value={filter.dateFrom ?? ''}
                max={filter.dateTo ?? undefined}
                onChange={(e) => setFilter({ dateFrom: e.target.value || null })}
              />
            </div>
            <div className="filter-date">
              <label htmlFor={`${dateIds}-to`}>To</label>
              <input
                type="date"
                id={`${dateIds}-to`}
                value={filter.dateTo ?? ''}
                min={filter.dateFrom ?? undefined}
                onChange={(e) => setFilter({ dateTo: e.target.value || null })}
              />
            </div>
            {backwards && (
              <p className="field-error">
                The “from” date is after the “to” date, so no dated association can be shown.
              </p>
            )}
            <div className="filter-check">
              <input
                type="checkbox"
                id={`${dateIds}-undated`}
                checked={filter.hideUndated}
                onChange={(e) => setFilter({ hideUndated: e.target.checked })}
              />
              <label htmlFor={`${dateIds}-undated`}>Hide associations with no dates</label>
            </div>
          </fieldset>
        </div>
        <div>
          <CheckList
            legend="Kinds of person"
            options={personKinds}
            isChecked={(k) => !filter.hiddenPersonKinds.includes(k as PersonKind)}
            onToggle={(k, shown) =>
              setFilter({
                hiddenPersonKinds: toggled(filter.hiddenPersonKinds, k as PersonKind, !shown),
              })
            }
          />
          {agencies.length > 0 && (
            <CheckList
              legend="Lead agency"
              options={agencies}
              isChecked={(k) => !filter.hiddenLeadAgencies.includes(k)}
              onToggle={(k, shown) =>
                setFilter({ hiddenLeadAgencies: toggled(filter.hiddenLeadAgencies, k, !shown) })
              }
            />
          )}
          {groups.length > 0 && (
            <CheckList
              legend="Only members of"
              options={groups.map((g) => ({ key: g.id, label: g.name }))}
              isChecked={(k) => filter.onlyGroups.includes(k)}
              onToggle={(k, only) => setFilter({ onlyGroups: toggled(filter.onlyGroups, k, only) })}
            />
          )}
        </div>
      </div>
    </section>
  );
}
