const KEY = 'pp.meetingStep';

/**
 * The agenda item a meeting was on, kept on this device so a reload (or a visit to the board list)
 * carries on where the chair was, not at item 1. Only the meeting's id and a number are kept; it is
 * the screen's place, not a record (stepping is not an edit and has no undo).
 */
export function rememberStep(meetingId: string, step: number): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ meetingId, step }));
  } catch {
    // Not remembered (storage refused): a reload starts at item 1, as before.
  }
}

/** The step kept for this meeting, if it is still on an agenda of `length` items. */
export function rememberedStep(meetingId: string, length: number): number | null {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof kept !== 'object' || kept === null) return null;
    const { meetingId: id, step } = kept as { meetingId?: unknown; step?: unknown };
    return id === meetingId &&
      Number.isInteger(step) &&
      (step as number) >= 0 &&
      (step as number) < length
      ? (step as number)
      : null;
  } catch {
    return null;
  }
}
