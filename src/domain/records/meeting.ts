/** Kept so importers need not change: these records are defined with their kinds, in kinds/meeting.ts and kinds/snapshot.ts. */
export * from '../kinds/meeting';
export * from '../kinds/snapshot';
