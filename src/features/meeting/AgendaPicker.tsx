import { MenuItem, ToolbarMenu } from '../../ui/ToolbarMenu';
import type { AgendaItem } from '../../domain/agenda';

interface Props {
  agenda: readonly AgendaItem[];
  labelOf: (item: AgendaItem) => string;
  current: number;
  onPick: (index: number) => void;
}

/**
 * Any agenda item, picked directly: the chair follows the room, which rarely keeps to the order.
 * A menu of the items (arrow keys, Enter), the one under discussion checked.
 */
export function AgendaPicker({ agenda, labelOf, current, onPick }: Props) {
  if (agenda.length === 0) return null;
  return (
    <ToolbarMenu
      name="agenda-picker"
      id="agenda-picker-menu"
      menuLabel="Agenda items"
      button="Go to item"
    >
      {agenda.map((item, i) => (
        <MenuItem
          key={`${item.kind}:${item.id}`}
          checked={i === current}
          onChoose={() => onPick(i)}
        >
          {`${i + 1}. ${labelOf(item)}`}
        </MenuItem>
      ))}
    </ToolbarMenu>
  );
}
