import type { Preview } from '../../domain/formats/csvImport/preview';

/** The first rows as they will be stored, in the app's words. Text only: nothing becomes HTML. */
export function PreviewTable({
  preview,
  noun,
  rowLabel = 'Line',
}: {
  preview: Preview;
  noun: { one: string; many: string };
  /** What the first column numbers: the file's lines, or a network file's nodes. */
  rowLabel?: string;
}) {
  if (preview.rows.length === 0) return null;
  return (
    <div className="import-scroll">
      <table className="import-table preview">
        <caption>
          {preview.rows.length === 1
            ? `The ${noun.one} as it will be stored`
            : `The first ${preview.rows.length} ${noun.many} as they will be stored`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{rowLabel}</th>
            {preview.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={r.line}>
              <th scope="row">{r.line}</th>
              {r.cells.map((cell, i) => (
                <td key={preview.columns[i]!.key}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
