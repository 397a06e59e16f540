import { useFilters } from '../../../state/filterStore';
import { useUi } from '../../../state/uiStore';
import { endFocus, focusOnSelection } from './focusActions';
import type { FocusSteps } from '../../../domain/networkFilter';

const choices: readonly FocusSteps[] = [1, 2, 3];

/** Shows only the selected people's network, 1, 2 or 3 associations out (the F key cycles). */
export function FocusControls() {
  const focus = useFilters((s) => s.filter.focus);
  const anyoneSelected = useUi((s) => s.selection.people.length > 0);
  return (
    <span role="group" aria-label="Focus on the selection" className="focus-controls">
      <span aria-hidden="true">
        Focus<kbd>F</kbd>
      </span>
      {choices.map((steps) => (
        <button
          key={steps}
          type="button"
          aria-label={steps === 1 ? '1 step' : `${steps} steps`}
          aria-pressed={focus?.steps === steps}
          disabled={!anyoneSelected && !focus}
          onClick={() => focusOnSelection(steps)}
        >
          {steps}
        </button>
      ))}
      <span aria-hidden="true">steps</span>
      <button type="button" disabled={!focus} onClick={endFocus}>
        End focus
      </button>
    </span>
  );
}
