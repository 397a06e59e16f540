import { useMemo } from 'react';
import type { BoardContent } from '../../db/queries';
import type { BuiltRow } from '../../domain/formats/csvImport/buildRows';
import { showDateTime } from '../../domain/formats/csvImport/preview';
import type { Association } from '../../domain/kinds/association';
import type { Incident } from '../../domain/kinds/incident';
import type { Person } from '../../domain/kinds/person';
import type { Place } from '../../domain/kinds/place';
import { associationKinds, labelOf } from '../../domain/vocabulary';
import { useNames, type Names } from '../names';
import { DuplicateChoices, type Match } from './DuplicateChoices';
import type { CsvWizard } from './useCsvWizard';

type Labeller = (record: unknown) => string;

/** How a record is named in the list: people as the names policy shows them. */
function labellers(content: BoardContent, names: Names) {
  const place = (p: Place) => p.name;
  const incident = (i: Incident) => i.reference || showDateTime(i.occurredAt);
  const association = (name: (id: string) => string) => (a: Association) =>
    `${name(a.fromId)} – ${name(a.toId)}, ${labelOf(associationKinds, a.kind).toLowerCase()}`;
  return {
    row: {
      people: (p: Person) => p.displayName,
      places: place,
      incidents: incident,
      associations: association((id) => names.ofId(id)),
    } as Record<string, Labeller>,
    existing: {
      people: (p: Person) => names.of(p),
      places: place,
      incidents: incident,
      associations: association((id) => names.ofId(id)),
    } as Record<string, Labeller>,
    byId: {
      people: new Map(content.people.map((r) => [r.id, r])),
      places: new Map(content.places.map((r) => [r.id, r])),
      incidents: new Map(content.incidents.map((r) => [r.id, r])),
      associations: new Map(content.associations.map((r) => [r.id, r])),
    } as Record<string, Map<string, unknown>>,
  };
}

/** Step 5 (when there are any): likely duplicates, each to merge, skip or add as new. */
export function DuplicatesStep({ wizard, content }: { wizard: CsvWizard; content: BoardContent }) {
  const names = useNames(content);
  const { built, choices, setChoices } = wizard;
  const matches = useMemo((): Match[] => {
    if (!built) return [];
    const label = labellers(content, names);
    const rows = new Map<number, BuiltRow>(built.rows.map((r) => [r.line, r]));
    return built.duplicates.map((d) => {
      const existing = label.byId[built.kind]?.get(d.existingId);
      return {
        line: d.line,
        row: label.row[built.kind]!(rows.get(d.line)?.record),
        existing: existing ? label.existing[built.kind]!(existing) : 'a record',
        reason: d.reason,
      };
    });
  }, [built, content, names]);
  if (!built) return <p role="status">Checking the rows…</p>;
  return (
    <DuplicateChoices
      matches={matches}
      choices={choices}
      onChoose={(line, choice) => setChoices(new Map(choices).set(line, choice))}
      onAll={(choice) => setChoices(new Map(matches.map((m) => [m.line, choice])))}
    />
  );
}
