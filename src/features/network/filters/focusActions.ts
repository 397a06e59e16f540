import { useFilters } from '../../../state/filterStore';
import { useStatus } from '../../../state/statusStore';
import { useUi } from '../../../state/uiStore';
import type { FocusSteps } from '../../../domain/networkFilter';

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Shows only the people within `steps` of the selected people (or of the current focus). */
export function focusOnSelection(steps: FocusSteps): void {
  const selected = useUi.getState().selection.people;
  const current = useFilters.getState().filter.focus;
  const centre = selected.length > 0 ? selected : current?.centre;
  if (!centre || centre.length === 0) {
    useStatus.getState().notify({
      tone: 'info',
      text: 'Select one or more people first, then choose how many steps around them to show.',
    });
    return;
  }
  useFilters.getState().setFocus({ centre: [...centre], steps });
}

export function endFocus(): void {
  useFilters.getState().setFocus(null);
}

/**
 * The F key: focus on the selection at 1 step; pressed again on the same people, 2 steps, 3 steps,
 * then the whole board again. A different selection starts a new focus at 1 step.
 */
export function cycleFocus(): void {
  const current = useFilters.getState().filter.focus;
  const selected = useUi.getState().selection.people;
  if (!current || (selected.length > 0 && !sameMembers(selected, current.centre))) {
    focusOnSelection(1);
    return;
  }
  if (current.steps === 3) endFocus();
  else focusOnSelection((current.steps + 1) as FocusSteps);
}
