export { MeetingArea } from './MeetingArea';
export { MeetingButtons } from './MeetingButtons';
