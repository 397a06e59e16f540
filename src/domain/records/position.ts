/** Kept so importers need not change: the record is defined with its kind, in kinds/position.ts. */
export * from '../kinds/position';
