/** How a field is edited in a panel. */
export type Control = 'text' | 'textarea' | 'number' | 'date' | 'select';

export type Parsed = { value: unknown } | { problem: string };

/**
 * Where a field shows as a column of a table that lists records of its kind: the heading, and
 * where the column sits among the table's columns (lowest first), which may differ from the
 * field's place in the panel.
 */
export interface ColumnDef {
  label: string;
  order: number;
}

/**
 * One declarative definition of a record's editable field, kept with its kind
 * (src/domain/kinds). The side panel form renders from it and a table reads its `column`;
 * the CSV import mapping and the export will read the same list.
 */
export interface FieldDef {
  key: string;
  label: string;
  control: Control;
  options?: readonly { key: string; label: string }[];
  suggestions?: readonly string[];
  hint?: string;
  /** Text as typed → stored value, or a plain-words problem. */
  parse?: (text: string) => Parsed;
  /** Stored value → text for the control. */
  format?: (value: unknown) => string;
  /** An input rule beyond the schema, e.g. "a review date cannot already have passed". */
  rule?: (value: unknown) => string | null;
  /** Shown beside its neighbour on wide panels. */
  half?: boolean;
  /** Shown as a column where a table lists records of this kind. */
  column?: ColumnDef;
}

export const optionalDate = { parse: (t: string): Parsed => ({ value: t === '' ? null : t }) };

export const optionalWholeNumber = {
  parse: (t: string): Parsed => {
    const s = t.trim();
    if (s === '') return { value: null };
    if (!/^-?\d+$/.test(s)) return { problem: 'Enter a whole number, or leave it empty' };
    return { value: Number(s) };
  },
};

export const commaList = {
  parse: (t: string): Parsed => ({
    value: t
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  }),
  format: (v: unknown) => (Array.isArray(v) ? v.join(', ') : ''),
  hint: 'Separate with commas.',
};

export function formatValue(def: FieldDef, value: unknown): string {
  if (def.format) return def.format(value);
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return JSON.stringify(value);
}

/** The fields a table shows as columns, in column order. */
export function columnsOf(fields: readonly FieldDef[]): (FieldDef & { column: ColumnDef })[] {
  return fields
    .filter((f): f is FieldDef & { column: ColumnDef } => f.column !== undefined)
    .sort((a, b) => a.column.order - b.column.order);
}
