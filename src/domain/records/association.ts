/** Kept so importers need not change: the record is defined with its kind, in kinds/association.ts. */
export * from '../kinds/association';
