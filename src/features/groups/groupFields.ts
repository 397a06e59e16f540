import { groupKind } from '../../domain/kinds/group';
import type { FieldDef } from '../../domain/kinds/fields';

/**
 * A group's fields in its panel. A colour from outside the palette (an imported board) is offered
 * as "Current colour" so it is not lost.
 */
export function groupFields(colour: string): readonly FieldDef[] {
  return groupKind.fields.map((def) =>
    def.key === 'colour' && !def.options?.some((o) => o.key === colour)
      ? { ...def, options: [{ key: colour, label: 'Current colour' }, ...(def.options ?? [])] }
      : def,
  );
}
