/** Kept so importers need not change: the record is defined with its kind, in kinds/incident.ts. */
export * from '../kinds/incident';
