/** Kept so importers need not change: the record is defined with its kind, in kinds/changeLog.ts. */
export * from '../kinds/changeLog';
