import type { BoardContent } from '../../db/queries';
import { useMeetingUi } from '../../state/meetingStore';
import { meetingInProgress } from './inProgress';

/** The header's Start meeting, unless one is in progress (the meeting bar then leads). */
export function StartMeetingButton({ content }: { content: BoardContent }) {
  if (meetingInProgress(content)) return null;
  return (
    <button type="button" onClick={() => useMeetingUi.getState().setStartOpen(true)}>
      Start meeting
    </button>
  );
}

/** "What changed" since the last meeting: a review before or during one, so it may fold. */
export function WhatChangedButton() {
  const changesOpen = useMeetingUi((s) => s.changesOpen);
  return (
    <button
      type="button"
      aria-pressed={changesOpen}
      onClick={() => useMeetingUi.getState().setChangesOpen(!changesOpen)}
    >
      What changed
    </button>
  );
}
