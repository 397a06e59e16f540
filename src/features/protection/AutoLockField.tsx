import { saveSetting } from '../../db/queries';
import { FieldShell } from '../../ui/fields';
import { AUTO_LOCK_CHOICES, AUTO_LOCK_SETTING, useAutoLock } from './protectionUiStore';

/** How long the device may stand unused before it locks (a device setting: no undo, no log). */
export function AutoLockField() {
  const minutes = useAutoLock((s) => s.minutes);
  const choose = (value: number) => {
    useAutoLock.setState({ minutes: value });
    void saveSetting(AUTO_LOCK_SETTING, value);
  };
  return (
    <FieldShell
      label="Lock when not used for"
      hint="In a meeting it never locks without warning you a minute before."
    >
      {({ inputId, describedBy }) => (
        <select
          id={inputId}
          value={minutes}
          aria-describedby={describedBy}
          onChange={(e) => choose(Number(e.target.value))}
        >
          {AUTO_LOCK_CHOICES.map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
