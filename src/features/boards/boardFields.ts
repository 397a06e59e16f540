import { boardKind } from '../../domain/kinds/board';

/** A board's own fields, edited in the side panel when nothing is selected (defined with its kind). */
export const boardFields = boardKind.fields;
