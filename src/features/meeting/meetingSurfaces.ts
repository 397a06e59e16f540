// What meeting mode draws, loaded on first use (see MeetingArea): most boards are open far more
// often between meetings than in one.
import './meeting.css';

export { MeetingBar } from './MeetingBar';
export { StartMeetingDialog } from './StartMeetingDialog';
export { WhatChangedPanel } from './WhatChangedPanel';
