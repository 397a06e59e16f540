/** Kept so importers need not change: the record is defined with its kind, in kinds/annotation.ts. */
export * from '../kinds/annotation';
