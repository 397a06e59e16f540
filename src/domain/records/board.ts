/** Kept so importers need not change: the record is defined with its kind, in kinds/board.ts. */
export * from '../kinds/board';
