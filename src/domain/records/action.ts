/** Kept so importers need not change: the record is defined with its kind, in kinds/action.ts. */
export * from '../kinds/action';
