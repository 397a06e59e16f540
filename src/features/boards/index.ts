// The boards feature's public API: the board list, and the board's own parts the board page shows.
export { BoardListPage } from './BoardListPage';
export { IndicatorListButton } from './IndicatorListButton';
export { QuarantineNotice } from './QuarantineNotice';
export { boardFields } from './boardFields';
export { MissingEndsNotice } from './MissingEndsNotice';
