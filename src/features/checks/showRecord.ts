import type { CheckRecordRef } from '../../domain/checks';
import { NO_SELECTION, useUi } from '../../state/uiStore';

/**
 * Selects a record a finding is about, so its panel opens and the views highlight it. An action is
 * shown through what it is aimed at; the board by clearing the selection (its details show).
 */
export function selectRecord(
  ref: CheckRecordRef,
  targetOf: (actionId: string) => CheckRecordRef | null,
): void {
  const ui = useUi.getState();
  const target = ref.kind === 'action' ? targetOf(ref.id) : ref;
  if (!target || target.kind === 'board' || target.kind === 'action') {
    ui.clearSelection();
    return;
  }
  const slot = {
    person: 'people',
    group: 'groups',
    place: 'places',
    association: 'associations',
    incident: 'incidents',
  } as const;
  ui.select({ ...NO_SELECTION, [slot[target.kind]]: [target.id] });
}
