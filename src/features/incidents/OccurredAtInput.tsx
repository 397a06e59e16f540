import { localNow, occurredAtProblem } from '../../domain/incidentRules';
import { FieldShell } from '../../ui/fields';

/**
 * The date and time of an incident, as a native date-and-time box (keyboard-friendly, and it
 * cannot produce a badly formed value). A date the box cannot make sense of, such as 30 February,
 * leaves it empty and flags "bad input": that gets its own message rather than "enter a date".
 */
export function OccurredAtInput({
  value,
  error,
  onChange,
  autoFocus,
}: {
  value: string;
  error: string | null;
  onChange: (text: string, problem: string | null) => void;
  autoFocus?: boolean;
}) {
  return (
    <FieldShell label="Date and time" error={error}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="datetime-local"
          step={60}
          max={localNow()}
          value={value}
          autoFocus={autoFocus}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => {
            const text = e.target.value;
            const impossible = text === '' && e.target.validity.badInput;
            onChange(
              text,
              impossible
                ? 'That is not a real date and time; check the day, month, year, hours and minutes'
                : occurredAtProblem(text),
            );
          }}
        />
      )}
    </FieldShell>
  );
}
