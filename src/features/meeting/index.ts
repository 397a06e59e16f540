// The meeting feature's public API.
export { MeetingArea } from './MeetingArea';
export { StartMeetingButton, WhatChangedButton } from './MeetingButtons';
export { useMeetingMap } from './useMeetingMap';
