/** Kept so importers need not change: the record is defined with its kind, in kinds/person.ts. */
export * from '../kinds/person';
