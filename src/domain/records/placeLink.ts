/** Kept so importers need not change: the record is defined with its kind, in kinds/placeLink.ts. */
export * from '../kinds/placeLink';
