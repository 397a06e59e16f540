// The meeting feature's public API.
export { MeetingArea } from './MeetingArea';
export { MeetingButtons } from './MeetingButtons';
export { useMeetingMap } from './useMeetingMap';
