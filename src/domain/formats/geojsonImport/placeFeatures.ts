import { validateRecord } from '../../kinds';
import type { Place } from '../../kinds/place';
import type { BoardIndex } from '../csvImport/boardIndex';
import type { BuildResult, BuiltRow } from '../csvImport/buildRows';
import { findDuplicates } from '../csvImport/duplicates';
import type { ColumnMapping } from '../csvImport/headers';
import { previewOf } from '../csvImport/preview';
import type { RowProblem } from '../csvImport/table';
import { importTargets } from '../csvImport/targets';
import type { GeoJsonFile } from './readGeoJson';

/** How many of the places to be imported are points, areas, and places with no location. */
export interface ShapeCounts {
  points: number;
  areas: number;
  noLocation: number;
}

/**
 * The rows the CSV import built as places (buildRows, kind 'places'), with each feature's own
 * geometry laid over its place (`coordinateSpace: 'geo'`: GeoJSON is longitude and latitude),
 * and the lists our export writes laid over as they are. Each place is checked with the place's
 * schema again; a feature whose geometry cannot be a place's, or whose place fails the check, is
 * left out with its problem, by feature number. A feature with no geometry keeps what its
 * columns gave (a latitude and longitude, or no location at all).
 */
export function placeFeatures(
  file: GeoJsonFile,
  built: BuildResult,
  mapping: ColumnMapping,
  index: BoardIndex,
): BuildResult & { shapes: ShapeCounts } {
  const featureAt = new Map(file.features.map((f) => [f.line, f]));
  const problems: RowProblem[] = [...built.problems];
  const rows: BuiltRow[] = [];
  for (const row of built.rows) {
    const feature = featureAt.get(row.line);
    if (!feature) continue;
    if ('problem' in feature.geometry) {
      problems.push({ line: row.line, column: null, reason: feature.geometry.problem });
      continue;
    }
    const place = { ...(row.record as Place) } as Record<string, unknown>;
    const given = [...row.given];
    if (feature.geometry.geometry) {
      place.geometry = feature.geometry.geometry;
      place.coordinateSpace = 'geo';
      given.push('geometry', 'coordinateSpace');
    }
    for (const [key, value] of Object.entries(feature.asExported)) {
      place[key] = value;
      given.push(key);
    }
    const checked = validateRecord('places', place);
    if (!checked.ok) {
      for (const p of checked.problems)
        problems.push({ line: row.line, column: null, reason: p.words });
      continue;
    }
    rows.push({ line: row.line, record: checked.value, given: [...new Set(given)] });
  }
  problems.sort((a, b) => a.line - b.line);
  const mapped = importTargets.places.filter((t) => mapping.includes(t.key));
  const shapes: ShapeCounts = { points: 0, areas: 0, noLocation: 0 };
  for (const row of rows) {
    const type = (row.record as Place).geometry?.type;
    if (type === 'Point') shapes.points++;
    else if (type === 'Polygon') shapes.areas++;
    else shapes.noLocation++;
  }
  return {
    ...built,
    rows,
    problems,
    duplicates: findDuplicates('places', rows, index),
    preview: previewOf('places', mapped, rows, index, []),
    shapes,
  };
}
