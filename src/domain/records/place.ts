/** Kept so importers need not change: the record is defined with its kind, in kinds/place.ts. */
export * from '../kinds/place';
