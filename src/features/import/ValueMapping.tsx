import type { FoundValue, ValueChoices } from '../../domain/formats/csvImport/values';
import type { ImportTarget } from '../../domain/formats/csvImport/targets';

/** The values found in one column mapped to a field with a vocabulary. */
export interface ValueGroup {
  target: ImportTarget;
  column: string;
  found: readonly FoundValue[];
  choices: ValueChoices;
}

interface Props {
  groups: readonly ValueGroup[];
  onChoose: (target: string, value: string, choice: string | null) => void;
}

const NOT_MAPPED = '\u0000';

/**
 * Each value found in a column beside the app's term it stands for, guessed and changeable; a
 * value not matched is marked, and rows holding it are left out until it is given a term.
 */
export function ValueMapping({ groups, onChoose }: Props) {
  return (
    <>
      {groups.map(({ target, column, found, choices }) => {
        const unmatched = found.filter((v) => choices[v.key] === undefined).length;
        return (
          <section
            key={target.key}
            className="value-group"
            aria-label={`Values for ${target.label}`}
          >
            <h3>
              {target.label} <span className="muted">(column “{column}”)</span>
            </h3>
            {unmatched > 0 && (
              <p className="import-warning">
                {unmatched === 1 ? 'One value is' : `${unmatched} values are`} not matched: choose
                what {unmatched === 1 ? 'it means' : 'each means'}, or rows holding{' '}
                {unmatched === 1 ? 'it' : 'them'} are left out.
              </p>
            )}
            <table className="import-table">
              <thead>
                <tr>
                  <th scope="col">In the file</th>
                  <th scope="col">Rows</th>
                  <th scope="col">In this app</th>
                </tr>
              </thead>
              <tbody>
                {found.map((v) => {
                  const choice = choices[v.key];
                  return (
                    <tr key={v.key} className={choice === undefined ? 'is-unmatched' : undefined}>
                      <th scope="row">{v.text}</th>
                      <td>{v.count.toLocaleString('en-GB')}</td>
                      <td>
                        <select
                          aria-label={`${target.label} for “${v.text}”`}
                          value={choice ?? NOT_MAPPED}
                          onChange={(e) =>
                            onChoose(
                              target.key,
                              v.key,
                              e.target.value === NOT_MAPPED ? null : e.target.value,
                            )
                          }
                        >
                          <option value={NOT_MAPPED}>Not matched: rows left out</option>
                          <option value="">Leave empty (the default)</option>
                          {target.options?.map((t) => (
                            <option key={t.key} value={t.key}>
                              {t.label}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}
