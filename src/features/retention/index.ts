// Retention and archive (issue 14 item 3): the board list's prompt for boards past their
// retention date and its archived boards, and the archived board's banner. Loaded on demand.
import './retention.css';
export { ArchivedBanner } from './ArchivedBanner';
export { BoardListRetention } from './BoardListRetention';
export { archive } from './archiving';
