import type { RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { useMeetingUi } from '../../state/meetingStore';
import type { Names } from '../names/useNames';
import { MeetingBar } from './MeetingBar';
import { meetingInProgress } from './meetingSteps';
import { StartMeetingDialog } from './StartMeetingDialog';
import { WhatChangedPanel } from './WhatChangedPanel';
import './meeting.css';

interface Props {
  content: BoardContent;
  names: Names;
  handleRef: RefObject<NetworkHandle | null>;
}

/** The meeting's strip over the board: the meeting in progress and "what changed", when open. */
export function MeetingArea({ content, names, handleRef }: Props) {
  const changesOpen = useMeetingUi((s) => s.changesOpen);
  const meeting = meetingInProgress(content);
  return (
    <>
      <StartMeetingDialog content={content} />
      {meeting && (
        <MeetingBar
          key={meeting.id}
          content={content}
          meeting={meeting}
          names={names}
          handleRef={handleRef}
        />
      )}
      {changesOpen && <WhatChangedPanel content={content} names={names} />}
    </>
  );
}
