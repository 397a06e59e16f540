import type { Control } from '../../ui/EditableField';

export type Parsed = { value: unknown } | { problem: string };

/**
 * One declarative definition of a record's editable field. The side panel renders from it today;
 * tables, CSV column mapping and exports can read the same list later.
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
