/** Kept so importers need not change: these records are defined with their kinds, in kinds/group.ts and kinds/membership.ts. */
export * from '../kinds/group';
export * from '../kinds/membership';
