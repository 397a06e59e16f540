import type { RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { useMeetingUi } from '../../state/meetingStore';
import { chunk, useChunk } from '../../ui/chunk';
import type { Names } from '../names';
import { meetingInProgress } from './inProgress';

interface Props {
  content: BoardContent;
  names: Names;
  handleRef: RefObject<NetworkHandle | null>;
}

const surfaces = chunk(() => import('./meetingSurfaces'));

/**
 * The meeting's strip over the board: the start form, the meeting in progress and "what changed",
 * each when open. Their code is fetched the first time one is wanted.
 */
export function MeetingArea({ content, names, handleRef }: Props) {
  const changesOpen = useMeetingUi((s) => s.changesOpen);
  const startOpen = useMeetingUi((s) => s.startOpen);
  const meeting = meetingInProgress(content);
  const parts = useChunk(surfaces, startOpen || meeting !== null || changesOpen);
  if (!parts) return null;
  const { MeetingBar, StartMeetingDialog, WhatChangedPanel } = parts;
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
