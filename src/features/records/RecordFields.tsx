import type { RunResult } from '../../commands/bus';
import { validateRecord, type TableName, type TableRecords } from '../../domain/kinds';
import { forgetTypedText, keepTypedText } from '../../state/typedText';
import { EditableField } from '../../ui/EditableField';
import { formatValue, type FieldDef } from '../../domain/kinds/fields';
import { HiddenWhilePresenterSafe } from '../names';

interface Props<T extends TableName> {
  table: T;
  record: TableRecords[T];
  defs: readonly FieldDef[];
  save: (patch: Record<string, unknown>) => Promise<RunResult>;
  onEndEdit: () => void;
  /** Fields kept off screen (presenter-safe): each says so where it would be. */
  hidden?: ReadonlySet<string>;
}

/**
 * Checks one field's new value the way the store will: parse, input rule, then the record's own
 * schema. Returns the first plain-words problem for that field, or the value to save.
 */
export function checkField<T extends TableName>(
  table: T,
  record: TableRecords[T],
  def: FieldDef,
  text: string,
): { problem: string } | { value: unknown } {
  const parsed = def.parse ? def.parse(text) : { value: text };
  if ('problem' in parsed) return parsed;
  const ruled = def.rule?.(parsed.value);
  if (ruled) return { problem: ruled };
  const result = validateRecord(table, { ...record, [def.key]: parsed.value });
  if (!result.ok) {
    const mine = result.problems.find(
      (p) => p.field === def.key || p.field.startsWith(`${def.key}.`),
    );
    if (mine) return { problem: mine.message };
  }
  return parsed;
}

/** Renders a record's editable fields from their definitions. */
export function RecordFields<T extends TableName>({
  table,
  record,
  defs,
  save,
  onEndEdit,
  hidden,
}: Props<T>) {
  const values = record as unknown as Record<string, unknown>;
  // A board's own fields are filed under the board; every other record under its board.
  const boardId = typeof values.boardId === 'string' ? values.boardId : String(values.id);
  const keyOf = (field: string) => ({ boardId, table, id: String(values.id), field });
  return (
    <div className="grid2">
      {defs.map((def) => (
        <div key={def.key} style={def.half ? undefined : { gridColumn: '1 / -1' }}>
          {hidden?.has(def.key) ? (
            <HiddenWhilePresenterSafe label={def.label} />
          ) : (
            <EditableField
              label={def.label}
              control={def.control}
              options={def.options}
              suggestions={def.suggestions}
              hint={def.hint}
              value={formatValue(def, values[def.key])}
              onEndEdit={onEndEdit}
              onUnsaved={(text) => {
                if (text === null) return forgetTypedText(keyOf(def.key));
                const checked = checkField(table, record, def, text);
                keepTypedText({
                  ...keyOf(def.key),
                  label: def.label,
                  text,
                  base: values[def.key] ?? null,
                  ...('value' in checked ? { value: checked.value } : {}),
                });
              }}
              commit={async (text) => {
                const checked = checkField(table, record, def, text);
                if ('problem' in checked) return checked.problem;
                const result = await save({ [def.key]: checked.value });
                return result.ok ? null : result.message;
              }}
            />
          )}
        </div>
      ))}
    </div>
  );
}
