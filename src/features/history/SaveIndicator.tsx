import { useSaveStatus } from '../../db/saveStatus';

/** "Saved" appears only once the transaction has committed; failures say so in words. */
export function SaveIndicator() {
  const { pending, savedAt, saveError } = useSaveStatus();
  let text = 'No changes yet';
  let tone = 'idle';
  if (pending > 0) {
    text = 'Saving…';
    tone = 'saving';
  } else if (saveError) {
    text = `Not saved: ${saveError}`;
    tone = 'error';
  } else if (savedAt) {
    text = `Saved on this device at ${new Date(savedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
    tone = 'saved';
  }
  return (
    <p
      className={`save-indicator save-${tone}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      {text}
    </p>
  );
}
